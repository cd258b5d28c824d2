package vn.tochuc.portal.documents;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The recogniser on sentences as the department writes them, and on look-alikes it must leave alone. */
class MentionRecognizerTest {

	static List<String> keys(String text) {
		return MentionRecognizer.find(text).stream().map(DocumentReference::key).toList();
	}

	static List<String> written(String text) {
		return MentionRecognizer.find(text).stream().map(DocumentReference::text).toList();
	}

	@Test
	void aFullNumberWithSymbolAndIssuer() {
		String text = "Hội nghị tổng kết 5 năm thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XII.";
		assertThat(keys(text)).containsExactly("RESOLUTION|18|NQ/TW|CENTRAL_COMMITTEE");
		assertThat(written(text)).containsExactly("Nghị quyết số 18-NQ/TW");
	}

	@Test
	void theWordSoMayBeMissingAndTheSymbolToo() {
		assertThat(keys("Kết quả thực hiện Nghị quyết 39 của Bộ Chính trị về tinh giản biên chế"))
			.containsExactly("RESOLUTION|39||POLITBURO");
		assertThat(keys("theo Kết luận số 40 của Bộ Chính trị")).containsExactly("CONCLUSION|40||POLITBURO");
		assertThat(keys("Hướng dẫn 27-HD/TW đã nêu rõ")).containsExactly("GUIDANCE|27|HD/TW|");
	}

	@Test
	void severalDocumentsInOneSentence() {
		String text = "Quán triệt Kết luận số 40, Quy định số 70 và Quyết định số 71 của Bộ Chính trị về quản lý biên chế.";
		assertThat(keys(text)).containsExactly("CONCLUSION|40||", "REGULATION|70||",
				"DECISION|71||POLITBURO");
		assertThat(keys("thực hiện các Nghị quyết số 18-NQ/TW và 19-NQ/TW của Trung ương"))
			.containsExactly("RESOLUTION|18|NQ/TW|", "RESOLUTION|19|NQ/TW|");
		assertThat(keys("Nghị quyết số 18, 19 của Ban Chấp hành Trung ương"))
			.containsExactly("RESOLUTION|18||CENTRAL_COMMITTEE", "RESOLUTION|19||CENTRAL_COMMITTEE");
	}

	@Test
	void plenumResolutionsWithRomanOrArabicTerms() {
		assertThat(keys("Tiếp tục thực hiện Nghị quyết Trung ương 4 (khóa XII) trong toàn Đảng bộ"))
			.containsExactly("PLENUM|4|12");
		assertThat(keys("Nghị quyết Trung ương 4 (Khóa 12)")).containsExactly("PLENUM|4|12");
		assertThat(keys("Nghị quyết Hội nghị Trung ương 6 khóa XII")).containsExactly("PLENUM|6|12");
		assertThat(keys("Nghị quyết Trung ương 4 (Khóa 11, Khóa 12), Nghị quyết 39 của Bộ Chính trị"))
			.containsExactly("PLENUM|4|11", "PLENUM|4|12", "RESOLUTION|39||POLITBURO");
		assertThat(keys("Nghị quyết TW4 khoá XIII")).containsExactly("PLENUM|4|13");
		assertThat(keys("Nghị quyết Trung ương 5")).containsExactly("PLENUM|5|");
	}

	@Test
	void aBareCodeNamesItsTypeBySymbol() {
		assertThat(keys("thực hiện 18-NQ/TW và 71-QĐ/TW")).containsExactly("RESOLUTION|18|NQ/TW|",
				"DECISION+REGULATION|71|QĐ/TW|");
		assertThat(keys("Quy định số 08-QĐi/TW về trách nhiệm nêu gương")).containsExactly("REGULATION|8|QĐI/TW|");
	}

	@Test
	void issuerAfterADate() {
		assertThat(keys("Quy định số 96-QĐ/TW ngày 02/02/2023 của Bộ Chính trị về lấy phiếu tín nhiệm"))
			.containsExactly("REGULATION|96|QĐ/TW|POLITBURO");
		assertThat(keys("Thông báo Kết luận số 16 của Bộ Chính trị")).containsExactly("CONCLUSION|16||POLITBURO");
	}

	@Test
	void withoutDiacriticsOrInCapitals() {
		assertThat(keys("thuc hien nghi quyet so 18-NQ/TW")).containsExactly("RESOLUTION|18|NQ/TW|");
		assertThat(keys("NGHỊ QUYẾT SỐ 37-NQ/TW")).containsExactly("RESOLUTION|37|NQ/TW|");
	}

	@Test
	void positionsPointIntoTheOriginalText() {
		String text = "Ngày 12/4, Ban Thường vụ quán triệt Quy định số 126-QĐ/TW, Chỉ thị 05 của Bộ Chính trị.";
		for (DocumentReference reference : MentionRecognizer.find(text)) {
			assertThat(text.substring(reference.start(), reference.end())).isEqualTo(reference.text());
		}
		assertThat(written(text)).containsExactly("Quy định số 126-QĐ/TW", "Chỉ thị 05");
	}

	@Test
	void lookAlikesAreNotDocuments() {
		assertThat(keys("Kế hoạch 5 năm phát triển kinh tế – xã hội")).isEmpty();
		assertThat(keys("Tỉnh thực hiện chính sách theo Nghị định số 178/2024/NĐ-CP của Chính phủ")).isEmpty();
		assertThat(keys("một quyết định số phận của cả vùng")).isEmpty();
		assertThat(keys("theo Điều 18 Điều lệ Đảng")).isEmpty();
		assertThat(keys("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX")).isEmpty();
		assertThat(keys("Quyết định 30 người được bổ nhiệm")).isEmpty();
		assertThat(keys("Nghị quyết 2 lần được sửa")).isEmpty();
		assertThat(keys("tỷ lệ 18,5% và 40 đồng chí")).isEmpty();
		assertThat(keys("Thông báo 3 điểm mới")).isEmpty();
		assertThat(keys("Quy định 1.000 đồng")).isEmpty();
		assertThat(keys("")).isEmpty();
		assertThat(keys(null)).isEmpty();
	}

}

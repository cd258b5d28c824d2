package vn.tochuc.portal.platform;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** URL slugs for Vietnamese titles, as the newsroom writes them. */
class SlugsTest {

	@Nested
	class Slugify {

		@ParameterizedTest(name = "{0} → {1}")
		@CsvSource(delimiter = '|', textBlock = """
				Hội nghị trực tuyến                                      | hoi-nghi-truc-tuyen
				Đảng bộ tỉnh Nghệ An lần thứ XIX                         | dang-bo-tinh-nghe-an-lan-thu-xix
				ĐẠI HỘI ĐẢNG BỘ TỈNH                                     | dai-hoi-dang-bo-tinh
				Ủy ban Kiểm tra Tỉnh ủy                                  | uy-ban-kiem-tra-tinh-uy
				Thường trực Tỉnh ủy làm việc với Ban Tổ chức              | thuong-truc-tinh-uy-lam-viec-voi-ban-to-chuc
				Nhiệm kỳ 2020 – 2025                                     | nhiem-ky-2020-2025
				Nhiệm kỳ 2025—2030                                       | nhiem-ky-2025-2030
				Nghị quyết số 18-NQ/TW về tinh gọn bộ máy                 | nghi-quyet-so-18-nq-tw-ve-tinh-gon-bo-may
				Kết luận 126-KL/TW, ngày 14/02/2025                      | ket-luan-126-kl-tw-ngay-14-02-2025
				Hướng dẫn số 21-HD/BTCTW: những điểm mới!                | huong-dan-so-21-hd-btctw-nhung-diem-moi
				Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh | hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh
				Người đứng đầu phải gương mẫu?                           | nguoi-dung-dau-phai-guong-mau
				Ưu tiên đào tạo cán bộ trẻ, cán bộ nữ                    | uu-tien-dao-tao-can-bo-tre-can-bo-nu
				Tăng 8,1% so với cùng kỳ                                 | tang-8-1-so-voi-cung-ky
				""")
		void realTitles(String title, String slug) {
			assertThat(Slugs.slugify(title)).isEqualTo(slug);
		}

		@Test
		void curlyQuotesAndBracketsDisappear() {
			assertThat(Slugs.slugify("Phong trào “Dân vận khéo” (giai đoạn 2021–2025)"))
				.isEqualTo("phong-trao-dan-van-kheo-giai-doan-2021-2025");
			assertThat(Slugs.slugify("«Chỉnh đốn Đảng» — ‘xây dựng’ \"hệ thống\" chính trị"))
				.isEqualTo("chinh-don-dang-xay-dung-he-thong-chinh-tri");
		}

		@Test
		void runsOfSpacesTabsAndNewlinesBecomeOneHyphen() {
			assertThat(Slugs.slugify("  Hội   nghị \t\t Ban Chấp hành\n\nĐảng bộ  "))
				.isEqualTo("hoi-nghi-ban-chap-hanh-dang-bo");
			assertThat(Slugs.slugify("Công tác\u00A0cán bộ")).isEqualTo("cong-tac-can-bo");
		}

		@Test
		void emojiAndSymbolsAreDropped() {
			assertThat(Slugs.slugify("🇻🇳 Chào mừng Đại hội 🎉🎉 thành công!!! 👏"))
				.isEqualTo("chao-mung-dai-hoi-thanh-cong");
			assertThat(Slugs.slugify("★ Tin nổi bật ★ ♥ & © 2025")).isEqualTo("tin-noi-bat-2025");
		}

		@Test
		void decomposedInputGivesTheSameSlugAsComposedInput() {
			String composed = "Đảng bộ tỉnh Nghệ An lần thứ XIX";
			String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
			assertThat(decomposed).isNotEqualTo(composed);
			assertThat(Slugs.slugify(decomposed)).isEqualTo(Slugs.slugify(composed))
				.isEqualTo("dang-bo-tinh-nghe-an-lan-thu-xix");
		}

		@Test
		void everyVietnameseVowelWithEveryToneFoldsToItsBaseLetter() {
			String[] families = { "aàáảãạăằắẳẵặâầấẩẫậ", "eèéẻẽẹêềếểễệ", "iìíỉĩị", "oòóỏõọôồốổỗộơờớởỡợ",
					"uùúủũụưừứửữự", "yỳýỷỹỵ" };
			for (String family : families) {
				String base = family.substring(0, 1);
				for (char letter : family.toCharArray()) {
					assertThat(Slugs.slugify(String.valueOf(letter))).as("lower %s", letter).isEqualTo(base);
					assertThat(Slugs.slugify(String.valueOf(letter).toUpperCase())).as("upper %s", letter)
						.isEqualTo(base);
				}
			}
			assertThat(Slugs.slugify("đ")).isEqualTo("d");
			assertThat(Slugs.slugify("Đ")).isEqualTo("d");
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "   ", "\t\n", "!!!", "– — …", "“ ”", "🎉🎉", "///", "---" })
		void nothingToKeepGivesAnEmptySlug(String text) {
			assertThat(Slugs.slugify(text)).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "-Hội nghị-", "— Hội nghị —", "(Hội nghị)", "“Hội nghị”", "...Hội nghị...",
				"  Hội nghị  " })
		void neverStartsOrEndsWithAHyphen(String title) {
			assertThat(Slugs.slugify(title)).isEqualTo("hoi-nghi");
		}

		@Test
		void onlyLowerCaseAsciiLettersDigitsAndSingleHyphens() {
			String slug = Slugs.slugify("Ủy BAN Kiểm TRA – Đợt 2/2025: KẾT QUẢ “giám sát” & xử lý 100% vụ việc!");
			assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*");
			assertThat(slug).isEqualTo("uy-ban-kiem-tra-dot-2-2025-ket-qua-giam-sat-xu-ly-100-vu-viec");
		}

		@Test
		void longTitlesAreCutAtAWordBoundaryWithinTheLimit() {
			String title = "Hội nghị Ban Chấp hành Đảng bộ tỉnh Nghệ An lần thứ XIX, nhiệm kỳ 2020 – 2025 "
					+ "quán triệt, triển khai thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương "
					+ "về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động "
					+ "hiệu lực, hiệu quả";
			String full = fullSlug(title);
			assertThat(full.length()).isGreaterThan(Slugs.MAX_LENGTH);

			String slug = Slugs.slugify(title);

			assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
			assertThat(slug).doesNotEndWith("-").doesNotStartWith("-");
			assertThat(full).startsWith(slug);
			// The cut falls between two words, never inside one.
			assertThat(full.charAt(slug.length())).isEqualTo('-');
			assertThat(slug).startsWith("hoi-nghi-ban-chap-hanh-dang-bo-tinh-nghe-an-lan-thu-xix-nhiem-ky-2020-2025");
			// And not much shorter than allowed: at most the last word goes.
			assertThat(slug.length()).isGreaterThan(Slugs.MAX_LENGTH - 20);
		}

		@Test
		void aCutThatWouldLandRightAfterAHyphenLeavesNoTrailingHyphen() {
			// 119 letters, then a word: the raw cut ends with "-".
			String title = "a".repeat(119) + " bcd efg";
			String slug = Slugs.slugify(title);
			assertThat(slug).isEqualTo("a".repeat(119));
		}

		@Test
		void aSingleEnormousWordIsCutAtTheLimit() {
			String slug = Slugs.slugify("Đ".repeat(300));
			assertThat(slug).isEqualTo("d".repeat(Slugs.MAX_LENGTH));
		}

		@Test
		void aTitleOfExactlyTheLimitIsKeptWhole() {
			String title = "hoi-nghi-" + "x".repeat(Slugs.MAX_LENGTH - "hoi-nghi-".length());
			assertThat(title).hasSize(Slugs.MAX_LENGTH);
			assertThat(Slugs.slugify(title)).isEqualTo(title);
		}

		private static String fullSlug(String title) {
			return Slugs.stripDiacritics(title).toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		}

	}

	@Nested
	class Unique {

		@Test
		void aFreeSlugIsKeptAsItIs() {
			assertThat(Slugs.unique("hoi-nghi-truc-tuyen", (candidate) -> false)).isEqualTo("hoi-nghi-truc-tuyen");
		}

		@Test
		void aTakenSlugGetsTheFirstFreeNumberFromTwo() {
			Set<String> taken = Set.of("hoi-nghi", "hoi-nghi-2", "hoi-nghi-3");
			assertThat(Slugs.unique("hoi-nghi", taken::contains)).isEqualTo("hoi-nghi-4");
			assertThat(Slugs.unique("hoi-nghi", Set.of("hoi-nghi")::contains)).isEqualTo("hoi-nghi-2");
		}

		@Test
		void aGapIsFilled() {
			Set<String> taken = Set.of("hoi-nghi", "hoi-nghi-3");
			assertThat(Slugs.unique("hoi-nghi", taken::contains)).isEqualTo("hoi-nghi-2");
		}

		@Test
		void suffixesAreAddedToTheBaseNotStacked() {
			List<String> asked = new ArrayList<>();
			Predicate<String> taken = (candidate) -> {
				asked.add(candidate);
				return asked.size() < 4;
			};
			assertThat(Slugs.unique("dai-hoi", taken)).isEqualTo("dai-hoi-4");
			assertThat(asked).containsExactly("dai-hoi", "dai-hoi-2", "dai-hoi-3", "dai-hoi-4");
		}

		@Test
		void anEmptyBaseFallsBackToBaiViet() {
			assertThat(Slugs.unique("", (candidate) -> false)).isEqualTo("bai-viet");
			assertThat(Slugs.unique("", Set.of("bai-viet")::contains)).isEqualTo("bai-viet-2");
			assertThat(Slugs.unique(Slugs.slugify("🎉 !!!"), (candidate) -> false)).isEqualTo("bai-viet");
		}

		@Test
		void aBaseThatAlreadyEndsInANumberStillGetsItsOwnSuffix() {
			Set<String> taken = Set.of("nhiem-ky-2025");
			assertThat(Slugs.unique("nhiem-ky-2025", taken::contains)).isEqualTo("nhiem-ky-2025-2");
		}

	}

	@Nested
	class StripDiacritics {

		@ParameterizedTest(name = "{0} → {1}")
		@CsvSource(delimiter = '|', textBlock = """
				Đảng bộ tỉnh Nghệ An       | Dang bo tinh Nghe An
				ĐẠI HỘI                    | DAI HOI
				Thừa Thiên Huế             | Thua Thien Hue
				Quảng Ngãi, Đắk Lắk        | Quang Ngai, Dak Lak
				Tiếng Việt có dấu           | Tieng Viet co dau
				""")
		void removesMarksButKeepsCaseSpacesAndPunctuation(String text, String plain) {
			assertThat(Slugs.stripDiacritics(text)).isEqualTo(plain);
		}

		@Test
		void dWithStrokeIsALetterOfItsOwnNotAnAccentedD() {
			assertThat(Slugs.stripDiacritics("đ")).isEqualTo("d");
			assertThat(Slugs.stripDiacritics("Đ")).isEqualTo("D");
			assertThat(Slugs.stripDiacritics("Đồng Đăng")).isEqualTo("Dong Dang");
		}

		@Test
		void plainTextIsUnchanged() {
			String text = "Ban To chuc 18-NQ/TW (2025) – “ok”";
			assertThat(Slugs.stripDiacritics(text)).isEqualTo(text);
		}

		@Test
		void theResultHasNoCombiningMarksLeft() {
			String stripped = Slugs.stripDiacritics(Normalizer.normalize("Nghị quyết Đại hội XIII", Normalizer.Form.NFD));
			assertThat(stripped).isEqualTo("Nghi quyet Dai hoi XIII").doesNotContainPattern("\\p{M}");
		}

	}

}

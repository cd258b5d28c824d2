package vn.tochuc.portal.documents;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The search box reads documents the way people write them. */
class DocumentQueryTest {

	@Test
	void aCodeAlone() {
		DocumentQuery query = DocumentQuery.parse("18-NQ/TW");
		assertThat(query.types()).containsExactly(DocumentType.RESOLUTION);
		assertThat(query.number()).isEqualTo(18);
		assertThat(query.symbol()).isEqualTo("NQ/TW");
		assertThat(query.words()).isEmpty();
	}

	@Test
	void typeAndNumberWithOrWithoutDiacriticsOrAbbreviated() {
		for (String typed : List.of("nghị quyết 18", "Nghi quyet so 18", "NQ 18", "nq18", "NQ số 18")) {
			DocumentQuery query = DocumentQuery.parse(typed);
			assertThat(query.types()).as(typed).containsExactly(DocumentType.RESOLUTION);
			assertThat(query.number()).as(typed).isEqualTo(18);
			assertThat(query.words()).as(typed).isEmpty();
		}
		assertThat(DocumentQuery.parse("QĐ 71").types()).isEqualTo(Set.of(DocumentType.REGULATION, DocumentType.DECISION));
	}

	@Test
	void plenumAndTerm() {
		DocumentQuery query = DocumentQuery.parse("Nghị quyết Trung ương 4 khóa XII");
		assertThat(query.plenum()).isEqualTo(4);
		assertThat(query.term()).isEqualTo(12);
		assertThat(query.number()).isNull();
		assertThat(DocumentQuery.parse("khóa 12").term()).isEqualTo(12);
		assertThat(DocumentQuery.parse("khóa XII").term()).isEqualTo(12);
		assertThat(DocumentQuery.parse("khoa xii").term()).isEqualTo(12);
		assertThat(DocumentQuery.parse("Trung ương 6 khóa 12").plenum()).isEqualTo(6);
	}

	@Test
	void theRestAreWordsToFind() {
		DocumentQuery query = DocumentQuery.parse("quy định bảo vệ chính trị nội bộ");
		assertThat(query.types()).containsExactly(DocumentType.REGULATION);
		assertThat(query.words()).containsExactly("bao", "chinh", "tri", "noi", "bo");
		assertThat(DocumentQuery.parse("  ").isEmpty()).isTrue();
		assertThat(DocumentQuery.parse("'; drop table party_document; --").words()).contains("drop", "table");
		assertThat(DocumentQuery.parse("x".repeat(5000)).words().get(0)).hasSize(DocumentQuery.MAX_LENGTH);
	}

}

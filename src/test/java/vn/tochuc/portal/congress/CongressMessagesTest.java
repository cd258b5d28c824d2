package vn.tochuc.portal.congress;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labels the congress pages build from enum names, change fields and spreadsheet columns
 * (which the general template check cannot see) exist in both languages.
 */
class CongressMessagesTest {

	static Properties bundle(String language) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages_" + language + ".properties"),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void everyBuiltKeyHasATextInBothLanguages() throws IOException {
		List<String> keys = new ArrayList<>();
		for (CommitteeLevel level : CommitteeLevel.values()) {
			keys.add("congress.level." + level);
		}
		for (CongressStatus status : CongressStatus.values()) {
			keys.add("congress.status." + status);
		}
		for (PersonRole role : PersonRole.values()) {
			keys.add("congress.role." + role);
		}
		for (String column : CongressSpreadsheets.COLUMNS) {
			keys.add("congress.import.help." + column);
		}
		for (String field : List.of("congress.create", "congress.delete", "committee", "term", "ordinal", "pilot",
				"plannedOn", "startedOn", "endedOn", "place", "status", "delegatesSummoned", "delegatesAttending",
				"executivePlanned", "executiveElected", "electedInOneRound", "standingSize", "inspectionSize",
				"upperDelegates", "womenPercent", "youngPercent", "firstTimePercent", "secretary", "deputies",
				"inspectionChair")) {
			keys.add("congress.change." + field);
		}
		for (String action : List.of("create", "update", "delete", "result.save", "import", "committee.create",
				"committee.update", "committee.delete", "term.create", "term.update")) {
			keys.add("audit.action.congress." + action);
		}
		for (String language : List.of("vi", "en")) {
			Properties properties = bundle(language);
			assertThat(keys).as(language).allSatisfy((key) -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
		}
	}

}

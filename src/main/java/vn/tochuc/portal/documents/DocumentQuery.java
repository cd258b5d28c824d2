package vn.tochuc.portal.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tochuc.portal.platform.RomanNumerals;

/**
 * A search box entry read as people name documents: "18-NQ/TW", "nghị quyết 18", "NQ 18",
 * "Nghị quyết Trung ương 4 khóa XII", "khóa 12", "khóa XII". What names a document becomes
 * structured criteria (type, number, symbol, plenum, term); what is left are words to find in
 * the title and summary.
 */
public record DocumentQuery(Set<DocumentType> types, Integer number, String symbol, Integer plenum, Integer term,
		List<String> words) {

	static final int MAX_LENGTH = 200;

	private static final Pattern ABBREVIATED = Pattern
		.compile("(?<![a-z0-9])(nq|kl|qd|hd|ct|kh|tb)\\s*(?:so\\s*)?(\\d{1,4})(?![0-9])");

	private static final Pattern TERM = Pattern.compile("(?<![a-z0-9])khoa\\s+([ivxl]+|\\d{1,2})(?![a-z0-9])");

	private static final Pattern PLENUM = Pattern.compile("(?<![a-z0-9])(?:hoi nghi\\s+)?(?:trung uong|tw)\\s*(\\d{1,2})(?![0-9])");

	private static final Pattern TYPE_WORD = Pattern
		.compile("(?<![a-z])(nghi quyet|ket luan|quy dinh|quyet dinh|huong dan|chi thi|ke hoach|thong bao)(?![a-z])");

	private static final Pattern NUMBER = Pattern.compile("(?<![a-z0-9])(\\d{1,4})(?![a-z0-9])");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	public DocumentQuery {
		types = types == null ? Set.of() : Set.copyOf(types);
		symbol = symbol == null ? "" : symbol;
		words = words == null ? List.of() : List.copyOf(words);
	}

	public boolean isEmpty() {
		return types.isEmpty() && number == null && plenum == null && term == null && words.isEmpty();
	}

	public static DocumentQuery parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return new DocumentQuery(Set.of(), null, null, null, null, List.of());
		}
		String text = typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) : typed;
		String folded = MentionRecognizer.foldInPlace(text);
		char[] rest = folded.toCharArray();
		Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
		Integer number = null;
		String symbol = null;
		Integer plenum = null;
		Integer term = null;

		List<DocumentReference> named = MentionRecognizer.find(text);
		if (!named.isEmpty()) {
			DocumentReference first = named.get(0);
			types.addAll(first.types());
			number = first.number();
			symbol = first.symbol();
			plenum = first.plenum();
			term = first.term();
			blank(rest, first.start(), first.end());
		}
		Matcher abbreviated = ABBREVIATED.matcher(new String(rest));
		if (number == null && abbreviated.find()) {
			types.addAll(Arrays.asList(DocumentType.fromAbbreviation(abbreviated.group(1))));
			number = Integer.valueOf(abbreviated.group(2));
			blank(rest, abbreviated.start(), abbreviated.end());
		}
		Matcher termMatch = TERM.matcher(new String(rest));
		if (term == null && termMatch.find()) {
			OptionalInt value = RomanNumerals.parseEither(termMatch.group(1));
			if (value.isPresent()) {
				term = value.getAsInt();
				blank(rest, termMatch.start(), termMatch.end());
			}
		}
		Matcher plenumMatch = PLENUM.matcher(new String(rest));
		if (plenum == null && number == null && plenumMatch.find()) {
			plenum = Integer.valueOf(plenumMatch.group(1));
			blank(rest, plenumMatch.start(), plenumMatch.end());
		}
		Matcher typeWord = TYPE_WORD.matcher(new String(rest));
		if (types.isEmpty() && typeWord.find()) {
			DocumentType.fromWord(typeWord.group(1)).ifPresent(types::add);
			blank(rest, typeWord.start(), typeWord.end());
		}
		Matcher bareNumber = NUMBER.matcher(new String(rest));
		if (number == null && plenum == null && bareNumber.find()) {
			number = Integer.valueOf(bareNumber.group(1));
			blank(rest, bareNumber.start(), bareNumber.end());
		}
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(new String(rest));
		while (word.find() && words.size() < 8) {
			if (!word.group().equals("so") && !word.group().equals("ve") && !word.group().equals("cua")) {
				words.add(word.group());
			}
		}
		return new DocumentQuery(types, number, symbol, plenum, term, words);
	}

	private static void blank(char[] text, int start, int end) {
		Arrays.fill(text, start, Math.min(end, text.length), ' ');
	}

}

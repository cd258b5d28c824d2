package vn.tochuc.portal.documents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tochuc.portal.platform.RomanNumerals;

/**
 * Finds the documents a Vietnamese text names. The patterns run over a folded copy of the text
 * (lower case, no diacritics, "đ" as "d") that keeps every character at its place, so that
 * "Nghị quyết", "nghi quyet" and "NGHỊ QUYẾT" read the same and positions point into the
 * original.
 */
public final class MentionRecognizer {

	private static final String TYPE_WORDS = "thong bao ket luan|nghi quyet|ket luan|quy dinh|quyet dinh|huong dan|chi thi|ke hoach|thong bao";

	private static final String BEFORE = "(?<![a-z0-9])";

	/** Symbols: "-NQ/TW", "-QĐi/TW", "-HD/BTCTW", "/QĐ-UBND", "/2024/NĐ-CP". */
	private static final String SYMBOL = "(?<symbol>[-/](?:\\d{4}/)?[a-z]{1,8}(?:[/-][a-z0-9]{1,10}){0,3})";

	/** Words after a bare number that make it a count or a date, not a document: "Kế hoạch 5 năm". */
	private static final String NOT_A_NUMBER_AFTER = "(?!\\s*%|\\s+(?:nam|thang|ngay|tuan|gio|diem|van de|noi dung|nhiem vu|"
			+ "nguoi|dong chi|lan|don vi|xa|huyen|tinh|tieu chi|chi tieu|muc tieu|giai phap|buoc|trang|dieu|cap|"
			+ "phan tram|ty|trieu|nghin|chi bo|dang vien|can bo|so)(?![a-z]))(?![0-9.,]*\\d)";

	private static final Pattern NUMBERED = Pattern.compile(BEFORE + "(?<type>" + TYPE_WORDS
			+ ")\\s+(?:so\\s*)?(?<number>\\d{1,4})(?:" + SYMBOL + "|" + NOT_A_NUMBER_AFTER + ")");

	/** Further numbers of the same type in a list: "Nghị quyết số 18-NQ/TW và 19-NQ/TW", "Kết luận 39, 40". */
	private static final Pattern LIST_ITEM = Pattern
		.compile("\\G(?:\\s*,\\s*|\\s*;\\s*|\\s+va\\s+)(?:so\\s*)?(?<number>\\d{1,4})(?:" + SYMBOL + "|"
				+ NOT_A_NUMBER_AFTER + ")(?![a-z])");

	private static final Pattern PLENUM = Pattern.compile(BEFORE
			+ "nghi quyet\\s+(?:hoi nghi\\s+)?(?:lan thu\\s+)?(?:trung uong|tw|tu)\\s*(?<plenum>\\d{1,2})(?![0-9])"
			+ "(?<terms>\\s*\\(?\\s*khoa\\s+(?:[ivxl]+|\\d{1,2})(?:\\s*(?:,|va)\\s*(?:khoa\\s+)?(?:[ivxl]+|\\d{1,2}))*(?![a-z0-9])\\s*\\)?)?");

	private static final Pattern TERM = Pattern.compile("(?<![a-z0-9])([ivxl]+|\\d{1,2})(?![a-z0-9])");

	/** A code without a type word before it: "thực hiện 18-NQ/TW". */
	private static final Pattern BARE_CODE = Pattern
		.compile(BEFORE + "(?<number>\\d{1,4})-(?<letters>nq|kl|qdi|qd|hd|ct|kh|tb)(?<rest>/[a-z]{2,8})(?![a-z0-9])");

	private static final Pattern ISSUER_AFTER = Pattern
		.compile("\\G\\s*(?:,\\s*)?(?:ngay\\s+\\d{1,2}\\s*[-/]\\s*\\d{1,2}\\s*[-/]\\s*\\d{4}\\s+)?(?:cua|do)\\s+");

	private MentionRecognizer() {
	}

	/** Every document named in the text, in order, none overlapping. */
	public static List<DocumentReference> find(String original) {
		if (original == null || original.isBlank()) {
			return List.of();
		}
		String text = Normalizer.normalize(original, Normalizer.Form.NFC);
		String folded = foldInPlace(text);
		List<DocumentReference> found = new ArrayList<>();
		int position = 0;
		Matcher numbered = NUMBERED.matcher(folded);
		Matcher plenum = PLENUM.matcher(folded);
		Matcher bare = BARE_CODE.matcher(folded);
		while (position < folded.length()) {
			int nextNumbered = numbered.find(position) ? numbered.start() : Integer.MAX_VALUE;
			int nextPlenum = plenum.find(position) ? plenum.start() : Integer.MAX_VALUE;
			int nextBare = bare.find(position) ? bare.start() : Integer.MAX_VALUE;
			int first = Math.min(nextNumbered, Math.min(nextPlenum, nextBare));
			if (first == Integer.MAX_VALUE) {
				break;
			}
			if (first == nextPlenum) {
				position = addPlenum(text, plenum, found);
			}
			else if (first == nextNumbered) {
				position = addNumbered(text, folded, numbered, found);
			}
			else {
				position = addBare(text, folded, bare, found);
			}
		}
		return found;
	}

	private static int addPlenum(String text, Matcher match, List<DocumentReference> found) {
		int plenum = Integer.parseInt(match.group("plenum"));
		String terms = match.group("terms");
		List<Integer> termValues = new ArrayList<>();
		if (terms != null) {
			Matcher term = TERM.matcher(terms);
			while (term.find()) {
				OptionalInt value = RomanNumerals.parseEither(term.group(1));
				value.ifPresent(termValues::add);
			}
		}
		String written = text.substring(match.start(), match.end()).strip();
		if (termValues.isEmpty()) {
			found.add(new DocumentReference(Set.of(DocumentType.RESOLUTION), null, "", null, plenum, null, match.start(),
					match.start() + written.length(), written));
		}
		for (Integer term : termValues) {
			found.add(new DocumentReference(Set.of(DocumentType.RESOLUTION), null, "", null, plenum, term, match.start(),
					match.start() + written.length(), written));
		}
		return match.end();
	}

	private static int addNumbered(String text, String folded, Matcher match, List<DocumentReference> found) {
		Set<DocumentType> types = typesOfWord(match.group("type"));
		List<int[]> spans = new ArrayList<>();
		List<String[]> numbers = new ArrayList<>();
		spans.add(new int[] { match.start(), match.end() });
		numbers.add(new String[] { match.group("number"), symbolOf(text, match) });
		int end = match.end();
		Matcher item = LIST_ITEM.matcher(folded);
		item.region(end, folded.length());
		while (item.lookingAt()) {
			spans.add(new int[] { item.start("number"), item.end() });
			numbers.add(new String[] { item.group("number"), symbolOf(text, item) });
			end = item.end();
			item.region(end, folded.length());
		}
		DocumentIssuer issuer = issuerAfter(text, folded, end);
		for (int i = 0; i < spans.size(); i++) {
			int[] span = spans.get(i);
			String written = text.substring(span[0], span[1]).strip();
			found.add(new DocumentReference(types, Integer.valueOf(numbers.get(i)[0]), numbers.get(i)[1], issuer, null,
					null, span[0], span[0] + written.length(), written));
		}
		return end;
	}

	private static int addBare(String text, String folded, Matcher match, List<DocumentReference> found) {
		String letters = match.group("letters");
		Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
		for (DocumentType type : DocumentType.fromAbbreviation(letters.startsWith("qd") ? "qd" : letters)) {
			types.add(type);
		}
		String symbol = text.substring(match.start("letters"), match.end("rest"));
		DocumentIssuer issuer = issuerAfter(text, folded, match.end());
		found.add(new DocumentReference(types, Integer.valueOf(match.group("number")), symbol, issuer, null, null,
				match.start(), match.end(), text.substring(match.start(), match.end())));
		return match.end();
	}

	private static String symbolOf(String text, Matcher match) {
		int start = match.start("symbol");
		return start < 0 ? "" : text.substring(start + 1, match.end("symbol"));
	}

	private static DocumentIssuer issuerAfter(String text, String folded, int end) {
		Matcher lead = ISSUER_AFTER.matcher(folded);
		lead.region(end, folded.length());
		if (!lead.lookingAt()) {
			return null;
		}
		return DocumentIssuer.namedAtStartOf(text.substring(lead.end(), Math.min(text.length(), lead.end() + 40)))
			.orElse(null);
	}

	private static Set<DocumentType> typesOfWord(String foldedWord) {
		if (foldedWord.startsWith("thong bao ket luan")) {
			return Set.of(DocumentType.CONCLUSION);
		}
		return Set.of(DocumentType.fromWord(foldedWord).orElseThrow());
	}

	/** Lower case without diacritics, one character for one character, so positions carry over. */
	static String foldInPlace(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 128) {
				folded.append(Character.toLowerCase(c));
			}
			else if (c == 'đ' || c == 'Đ') {
				folded.append('d');
			}
			else if (Character.isWhitespace(c) || c == '\u00A0') {
				folded.append(' ');
			}
			else {
				String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
				folded.append(base.length() == 1 ? Character.toLowerCase(base.charAt(0)) : c);
			}
		}
		return folded.toString();
	}

}

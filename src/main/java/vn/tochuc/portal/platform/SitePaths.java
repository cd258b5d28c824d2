package vn.tochuc.portal.platform;

import java.util.regex.Pattern;

/**
 * Paths taken from a request and written back into a page (the language switch stays on the
 * page being shown): they must stay on this site whatever the address looked like.
 */
public final class SitePaths {

	/** Path parameters such as ";jsessionid=…", which never belong in a link. */
	private static final Pattern PATH_PARAMETERS = Pattern.compile(";[^/?#]*");

	/** An empty segment, an encoded slash or backslash, a "." or ".." segment however written. */
	private static final Pattern ODD_SEGMENT = Pattern.compile("(?i)//|%2f|%5c|/(\\.|%2e){1,2}(/|$)");

	private SitePaths() {
	}

	/**
	 * The path as a link to this site, or "/" when it is not a plain path from the site's root:
	 * {@code //evil.example/} and {@code /\evil.example} would be read by a browser as another
	 * host, and a path with a backslash, a control character or white space is nothing the portal
	 * serves. So is a path that is not normalised (empty, "." or ".." segments, encoded slashes): the firewall
	 * refuses those anyway, and their error page need not link back to them. Path parameters are
	 * dropped.
	 */
	public static String sameSite(String path) {
		if (path == null || !path.startsWith("/")) {
			return "/";
		}
		String plain = PATH_PARAMETERS.matcher(path).replaceAll("");
		if (plain.isEmpty()) {
			return "/";
		}
		if (ODD_SEGMENT.matcher(plain).find()) {
			return "/";
		}
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c)) {
				return "/";
			}
		}
		return plain;
	}

}

package vn.tochuc.portal.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The trusted proxy addresses of {@link ProxyProperties}, checked when the portal starts and
 * written as the CIDR list Tomcat's {@code RemoteIpValve} takes for its internal proxies. Only
 * address literals are accepted (a host name would need a DNS lookup and could change).
 */
final class TrustedProxies {

	private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

	private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

	private final List<String> ranges;

	TrustedProxies(List<String> addresses) {
		List<String> parsed = new ArrayList<>();
		for (String entry : addresses) {
			if (entry != null && !entry.isBlank()) {
				parsed.add(range(entry.trim()));
			}
		}
		this.ranges = List.copyOf(parsed);
	}

	boolean isEmpty() {
		return ranges.isEmpty();
	}

	/** Every range as address/prefix, e.g. "10.0.0.0/8,127.0.0.1/32,0:0:0:0:0:0:0:1/128". */
	String asCidrList() {
		return String.join(",", ranges);
	}

	List<String> ranges() {
		return ranges;
	}

	/** One entry as address/prefix; a single address is a range of one. */
	static String range(String entry) {
		int slash = entry.indexOf('/');
		String address = slash < 0 ? entry : entry.substring(0, slash);
		byte[] bytes = literal(address);
		if (bytes == null) {
			throw new IllegalArgumentException("portal.proxy.trusted-addresses: \"" + entry
					+ "\" is not an IP address or a CIDR range (host names are not accepted)");
		}
		int bits = bytes.length * 8;
		int prefix = bits;
		if (slash >= 0) {
			String length = entry.substring(slash + 1);
			if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
				throw new IllegalArgumentException("portal.proxy.trusted-addresses: \"" + entry
						+ "\" has no valid prefix length (0 to " + bits + ")");
			}
			prefix = Integer.parseInt(length);
		}
		try {
			// From bytes: no name lookup.
			return InetAddress.getByAddress(bytes).getHostAddress() + "/" + prefix;
		}
		catch (UnknownHostException cannotHappen) {
			throw new IllegalStateException(cannotHappen);
		}
	}

	/** The bytes of an IPv4 or IPv6 address literal (IPv4-mapped IPv6 as IPv4), or null. */
	static byte[] literal(String text) {
		if (IPV4.matcher(text).matches()) {
			return ipv4(text);
		}
		if (text.indexOf(':') >= 0) {
			byte[] bytes = ipv6(text);
			if (bytes != null && isIpv4Mapped(bytes)) {
				return new byte[] { bytes[12], bytes[13], bytes[14], bytes[15] };
			}
			return bytes;
		}
		return null;
	}

	private static byte[] ipv4(String text) {
		String[] parts = text.split("\\.");
		byte[] bytes = new byte[4];
		for (int i = 0; i < 4; i++) {
			int value = Integer.parseInt(parts[i]);
			if (value > 255 || (parts[i].length() > 1 && parts[i].startsWith("0"))) {
				return null; // leading zeros read as octal by some tools: refused rather than guessed
			}
			bytes[i] = (byte) value;
		}
		return bytes;
	}

	private static byte[] ipv6(String text) {
		int gap = text.indexOf("::");
		if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
			return null;
		}
		List<Integer> head = groups(gap < 0 ? text : text.substring(0, gap));
		List<Integer> tail = gap < 0 ? List.of() : groups(text.substring(gap + 2));
		if (head == null || tail == null) {
			return null;
		}
		int missing = 8 - head.size() - tail.size();
		if ((gap < 0 && missing != 0) || (gap >= 0 && missing < 1)) {
			return null;
		}
		List<Integer> all = new ArrayList<>(head);
		for (int i = 0; i < (gap < 0 ? 0 : missing); i++) {
			all.add(0);
		}
		all.addAll(tail);
		byte[] bytes = new byte[16];
		for (int i = 0; i < 8; i++) {
			bytes[2 * i] = (byte) (all.get(i) >> 8);
			bytes[2 * i + 1] = (byte) (int) all.get(i);
		}
		return bytes;
	}

	/** The 16-bit groups of one side of "::"; an IPv4 address may end it (two groups). */
	private static List<Integer> groups(String side) {
		List<Integer> groups = new ArrayList<>();
		if (side.isEmpty()) {
			return groups;
		}
		String[] parts = side.split(":", -1);
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			if (i == parts.length - 1 && part.indexOf('.') >= 0) {
				byte[] v4 = IPV4.matcher(part).matches() ? ipv4(part) : null;
				if (v4 == null) {
					return null;
				}
				groups.add(((v4[0] & 0xff) << 8) | (v4[1] & 0xff));
				groups.add(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
			}
			else if (HEX_GROUP.matcher(part).matches()) {
				groups.add(Integer.parseInt(part, 16));
			}
			else {
				return null;
			}
		}
		return groups;
	}

	private static boolean isIpv4Mapped(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
	}

}

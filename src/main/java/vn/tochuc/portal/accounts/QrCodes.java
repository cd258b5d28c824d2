package vn.tochuc.portal.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.nayuki.qrcodegen.QrCode;

/**
 * QR codes drawn on the server as SVG, so the enrolment secret never leaves the portal (no
 * outside QR service, no script). Handed to the page as a data: URI for an {@code <img>}.
 */
final class QrCodes {

	/** The quiet zone the QR specification asks for, in modules. */
	private static final int BORDER = 4;

	private QrCodes() {
	}

	static String svg(String text) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int size = qr.size + BORDER * 2;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path
				+ "\" fill=\"#000\"/></svg>";
	}

	static String svgDataUri(String text) {
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
	}

}

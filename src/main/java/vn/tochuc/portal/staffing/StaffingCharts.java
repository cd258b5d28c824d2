package vn.tochuc.portal.staffing;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tochuc.portal.platform.Formats;

/**
 * Charts drawn on the server as inline SVG: no JavaScript, they print, and they pass a strict
 * content security policy. Every label is escaped; every chart has a title and a description
 * for assistive technology, and the page shows the same numbers in a table beside it.
 */
@Component
public class StaffingCharts {

	static final int WIDTH = 640;

	/**
	 * The phone charts' width: drawn for the 300-odd CSS pixels a 360 px phone gives them, so that
	 * their 12–13 unit text stays at least 12 px on screen instead of shrinking with a wide chart.
	 */
	static final int NARROW_WIDTH = 300;

	static final String BAR = "#b3121b";

	static final String BAR_LIGHT = "#e39a2d";

	static final String AXIS = "#6b6b6b";

	static final String TARGET = "#1a5fb4";

	private final Formats fmt;

	StaffingCharts(Formats fmt) {
		this.fmt = fmt;
	}

	/** A labelled bar of the chart: the text under or beside it and its value. */
	public record Bar(String label, long value) {
	}

	/** Vertical bars, one per year, with the value above each. */
	public String columns(String id, String title, String description, List<Bar> bars) {
		return columns(id, title, description, bars, WIDTH, 13);
	}

	/** {@link #columns} drawn for a phone: narrower, the same text size on screen. */
	public String columnsNarrow(String id, String title, String description, List<Bar> bars) {
		return columns(id + "-narrow", title, description, bars, NARROW_WIDTH, 12);
	}

	private String columns(String id, String title, String description, List<Bar> bars, int width, int font) {
		int height = width == WIDTH ? 280 : 220;
		int top = 30;
		int bottom = 40;
		int left = 20;
		int plotHeight = height - top - bottom;
		long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
		StringBuilder svg = open(id, title, description, width, height);
		svg.append("<line x1=\"").append(left).append("\" y1=\"").append(height - bottom).append("\" x2=\"")
			.append(width - left).append("\" y2=\"").append(height - bottom).append("\" stroke=\"").append(AXIS)
			.append("\" stroke-width=\"1\"/>");
		int slot = bars.isEmpty() ? 0 : (width - 2 * left) / bars.size();
		int barWidth = Math.max(8, (int) (slot * 0.6));
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int barHeight = (int) Math.round((double) bar.value() / max * plotHeight);
			int x = left + i * slot + (slot - barWidth) / 2;
			int y = height - bottom - barHeight;
			svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(barWidth)
				.append("\" height=\"").append(barHeight).append("\" fill=\"").append(BAR).append("\"/>");
			text(svg, x + barWidth / 2, y - 6, "middle", font, "bold", fmt.number(bar.value()));
			text(svg, x + barWidth / 2, height - bottom + 20, "middle", font, "normal", bar.label());
		}
		return svg.append("</svg>").toString();
	}

	/** Horizontal bars of percent reached per unit, with a dashed line at the target. */
	public String progress(String id, String title, String description, List<Bar> percentTimesTen,
			BigDecimal target, String targetLabel) {
		int rowHeight = 24;
		int labelWidth = 260;
		int right = 70;
		int top = 28;
		int height = top + rowHeight * percentTimesTen.size() + 10;
		double maxPercent = Math.max(target.doubleValue() * 1.25,
				percentTimesTen.stream().mapToLong(Bar::value).max().orElse(0) / 10.0);
		double scale = (WIDTH - labelWidth - right) / Math.max(1, maxPercent);
		StringBuilder svg = open(id, title, description, WIDTH, height);
		// labels go last, over the target line, so a value next to the line stays readable
		StringBuilder labels = new StringBuilder();
		for (int i = 0; i < percentTimesTen.size(); i++) {
			Bar bar = percentTimesTen.get(i);
			double percent = bar.value() / 10.0;
			int y = top + i * rowHeight;
			int barWidth = (int) Math.round(percent * scale);
			text(svg, labelWidth - 8, y + 16, "end", 12, "normal", shorten(bar.label(), 40));
			svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"")
				.append(barWidth).append("\" height=\"").append(rowHeight - 8).append("\" fill=\"")
				.append(percent >= target.doubleValue() ? BAR : BAR_LIGHT).append("\"/>");
			labels.append("<rect x=\"").append(labelWidth + barWidth + 3).append("\" y=\"").append(y + 4)
				.append("\" width=\"46\" height=\"16\" fill=\"#fff\" fill-opacity=\"0.85\"/>");
			text(labels, labelWidth + barWidth + 6, y + 16, "start", 12, "normal", fmt.decimal(percent) + " %");
		}
		int targetX = labelWidth + (int) Math.round(target.doubleValue() * scale);
		svg.append("<line x1=\"").append(targetX).append("\" y1=\"").append(top - 4).append("\" x2=\"").append(targetX)
			.append("\" y2=\"").append(height - 6).append("\" stroke=\"").append(TARGET)
			.append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
		svg.append(labels);
		text(svg, targetX, top - 10, "middle", 12, "bold", targetLabel);
		return svg.append("</svg>").toString();
	}

	/**
	 * {@link #progress} drawn for a phone: each label on its own line above its bar, so the bars get
	 * the whole width and no label is cut to a few letters.
	 */
	public String progressNarrow(String id, String title, String description, List<Bar> percentTimesTen,
			BigDecimal target, String targetLabel) {
		int rowHeight = 40;
		int right = 58;
		int top = 30;
		int height = top + rowHeight * percentTimesTen.size() + 6;
		double maxPercent = Math.max(target.doubleValue() * 1.25,
				percentTimesTen.stream().mapToLong(Bar::value).max().orElse(0) / 10.0);
		double scale = (NARROW_WIDTH - right) / Math.max(1, maxPercent);
		StringBuilder svg = open(id + "-narrow", title, description, NARROW_WIDTH, height);
		StringBuilder labels = new StringBuilder();
		for (int i = 0; i < percentTimesTen.size(); i++) {
			Bar bar = percentTimesTen.get(i);
			double percent = bar.value() / 10.0;
			int y = top + i * rowHeight;
			int barWidth = (int) Math.round(percent * scale);
			text(svg, 0, y + 13, "start", 13, "normal", shorten(bar.label(), 42));
			svg.append("<rect x=\"0\" y=\"").append(y + 19).append("\" width=\"").append(barWidth)
				.append("\" height=\"14\" fill=\"").append(percent >= target.doubleValue() ? BAR : BAR_LIGHT)
				.append("\"/>");
			labels.append("<rect x=\"").append(barWidth + 2).append("\" y=\"").append(y + 18)
				.append("\" width=\"52\" height=\"16\" fill=\"#fff\" fill-opacity=\"0.85\"/>");
			text(labels, barWidth + 5, y + 31, "start", 12, "normal", fmt.decimal(percent) + " %");
		}
		int targetX = (int) Math.round(target.doubleValue() * scale);
		svg.append("<line x1=\"").append(targetX).append("\" y1=\"").append(top - 4).append("\" x2=\"").append(targetX)
			.append("\" y2=\"").append(height - 4).append("\" stroke=\"").append(TARGET)
			.append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
		svg.append(labels);
		text(svg, Math.min(targetX, NARROW_WIDTH - 4), top - 10, targetX > NARROW_WIDTH - 60 ? "end" : "middle", 12,
				"bold", targetLabel);
		return svg.append("</svg>").toString();
	}

	/** One horizontal bar split by category, with a legend under it. */
	public String stacked(String id, String title, String description, List<Bar> parts) {
		return stacked(id, title, description, parts, WIDTH);
	}

	/** {@link #stacked} drawn for a phone. */
	public String stackedNarrow(String id, String title, String description, List<Bar> parts) {
		return stacked(id + "-narrow", title, description, parts, NARROW_WIDTH);
	}

	private String stacked(String id, String title, String description, List<Bar> parts, int width) {
		String[] colours = { BAR, BAR_LIGHT, "#7a7a7a", TARGET };
		int height = 60 + 26 * parts.size();
		long total = Math.max(1, parts.stream().mapToLong(Bar::value).sum());
		StringBuilder svg = open(id, title, description, width, height);
		int x = 20;
		int usable = width - 40;
		for (int i = 0; i < parts.size(); i++) {
			int w = (int) Math.round((double) parts.get(i).value() / total * usable);
			if (i == parts.size() - 1) {
				w = 20 + usable - x;
			}
			svg.append("<rect x=\"").append(x).append("\" y=\"10\" width=\"").append(Math.max(0, w))
				.append("\" height=\"32\" fill=\"").append(colours[i % colours.length]).append("\"/>");
			x += w;
		}
		for (int i = 0; i < parts.size(); i++) {
			int y = 60 + i * 26;
			Bar part = parts.get(i);
			svg.append("<rect x=\"20\" y=\"").append(y).append("\" width=\"16\" height=\"16\" fill=\"")
				.append(colours[i % colours.length]).append("\"/>");
			text(svg, 44, y + 13, "start", width == WIDTH ? 13 : 12, "normal", part.label() + ": " + fmt.number(part.value()) + " ("
					+ fmt.decimal(StaffingTotals.percent(part.value(), total).doubleValue()) + " %)");
		}
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(String id, String title, String description, int width, int height) {
		StringBuilder svg = new StringBuilder(2048);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
			.append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
			.append(height).append("\" preserveAspectRatio=\"xMinYMin meet\" aria-labelledby=\"").append(id)
			.append("-title ").append(id).append("-desc\" font-family=\"Arial, Helvetica, sans-serif\">");
		svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
		return svg;
	}

	private static void text(StringBuilder svg, int x, int y, String anchor, int size, String weight, String text) {
		svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
			.append("\" font-size=\"").append(size).append("\" font-weight=\"").append(weight)
			.append("\" fill=\"#222\">").append(escape(text)).append("</text>");
	}

	static String shorten(String label, int max) {
		return label.length() <= max ? label : label.substring(0, max - 1).strip() + "…";
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}

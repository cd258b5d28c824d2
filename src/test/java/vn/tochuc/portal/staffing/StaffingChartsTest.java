package vn.tochuc.portal.staffing;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import vn.tochuc.portal.platform.Formats;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.staffing.StaffingCharts.Bar;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts are well-formed SVG, whatever the labels hold, with Vietnamese numbers. */
class StaffingChartsTest {

	final StaffingCharts charts = new StaffingCharts(new Formats(new PortalProperties(null, null,
			new PortalProperties.Admin("admin", null),
			new PortalProperties.Site("Ban", "Đảng bộ", "Nghệ An", "", "", "", "http://localhost", java.time.ZoneId.of("Asia/Ho_Chi_Minh")),
			new PortalProperties.Media(1), new PortalProperties.Imports(1, 20_000))));

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	static final String NASTY = "Ban <Tổ chức> & \"Kiểm tra\" 'Tỉnh ủy' \u0001";

	@Test
	void columnsAreWellFormedAndShowVietnameseNumbers() throws Exception {
		String svg = charts.columns("c1", "Giảm theo năm & lũy kế", "Mô tả <x>",
				List.of(new Bar("2015", 1_402), new Bar("2016", 1_611), new Bar(NASTY, 0)));
		Document document = parse(svg);
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
		assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		assertThat(document.getElementsByTagNameNS("*", "rect").getLength()).isEqualTo(3);
		assertThat(document.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo("Giảm theo năm & lũy kế");
		assertThat(svg).contains(">1.402<").contains(">1.611<");
	}

	@Test
	void progressIsWellFormedWithTheTargetLine() throws Exception {
		String svg = charts.progress("c2", "Tiến độ", "Mô tả", List.of(new Bar(NASTY, 81), new Bar("Sở Y tế", 123)),
				new BigDecimal("10"), "Chỉ tiêu 10 %");
		Document document = parse(svg);
		assertThat(document.getElementsByTagNameNS("*", "line").getLength()).isEqualTo(1);
		assertThat(svg).contains(">8,1 %<").contains(">12,3 %<").contains("Chỉ tiêu 10 %");
	}

	@Test
	void stackedIsWellFormedAndItsPartsFillTheBar() throws Exception {
		String svg = charts.stacked("c3", "Cơ cấu", "Mô tả", List.of(new Bar("Cán bộ, công chức", 9_120),
				new Bar("Viên chức", 70_410), new Bar(NASTY, 2_770)));
		Document document = parse(svg);
		assertThat(svg).contains("Viên chức: 70.410 (85,6 %)");
		assertThat(document.getElementsByTagNameNS("*", "rect").getLength()).isEqualTo(6);
	}

	@Test
	void emptyChartsAreStillWellFormed() throws Exception {
		parse(charts.columns("e1", "t", "d", List.of()));
		parse(charts.progress("e2", "t", "d", List.of(), BigDecimal.ONE, "x"));
		parse(charts.stacked("e3", "t", "d", List.of(new Bar("a", 0), new Bar("b", 0))));
	}

	/** Phone charts are drawn 300 units wide, so at a phone's 300-odd pixels no text is under 12 px. */
	@Test
	void phoneChartsAreDrawnNarrowWithTextOfAtLeastTwelve() throws Exception {
		List<Bar> years = List.of(new Bar("2015", 1_402), new Bar("2016", 1_611), new Bar("2017", 12_345),
				new Bar("2018", 980), new Bar("2019", 1_000), new Bar("2020", 7), new Bar("2021", 0));
		List<String> svgs = List.of(
				charts.columnsNarrow("c1", "Giảm theo năm", "Mô tả", years),
				charts.progressNarrow("c2", "Tiến độ", "Mô tả", List.of(new Bar(NASTY, 81),
						new Bar("Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An, khối các cơ quan", 123)),
						new BigDecimal("10"), "Chỉ tiêu 10 %"),
				charts.stackedNarrow("c3", "Cơ cấu", "Mô tả", List.of(new Bar("Cán bộ, công chức", 9_120),
						new Bar("Viên chức", 70_410), new Bar("Khác", 2_770))));
		for (String svg : svgs) {
			Document document = parse(svg);
			String[] viewBox = document.getDocumentElement().getAttribute("viewBox").split(" ");
			assertThat(Integer.parseInt(viewBox[2])).isEqualTo(StaffingCharts.NARROW_WIDTH);
			// the phone chart has ids of its own, next to the desktop one on the same page
			assertThat(document.getElementsByTagNameNS("*", "title").item(0).getAttributes().getNamedItem("id")
				.getNodeValue()).endsWith("-narrow-title");
			org.w3c.dom.NodeList texts = document.getElementsByTagNameNS("*", "text");
			assertThat(texts.getLength()).isPositive();
			for (int i = 0; i < texts.getLength(); i++) {
				org.w3c.dom.Element text = (org.w3c.dom.Element) texts.item(i);
				assertThat(Integer.parseInt(text.getAttribute("font-size"))).as(text.getTextContent())
					.isGreaterThanOrEqualTo(12);
				assertThat(Integer.parseInt(text.getAttribute("x"))).isBetween(0, StaffingCharts.NARROW_WIDTH);
			}
		}
		assertThat(svgs.get(1)).contains(">8,1 %<").contains(">12,3 %<");
	}

}

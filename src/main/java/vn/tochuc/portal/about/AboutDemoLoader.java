package vn.tochuc.portal.about;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.tochuc.portal.platform.PortalProperties;

/**
 * Demo "Giới thiệu" content for an empty database, under the portal's one rule for demo content
 * (PortalProperties.demoDataEnabled). The wording is our own; the people are fictitious.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class AboutDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AboutDemoLoader.class);

	private record DemoPage(String titleVi, String titleEn, String bodyVi, String bodyEn) {
	}

	private record DemoUnit(String nameVi, String nameEn, String parent) {
	}

	private record DemoLeader(String name, String titleVi, String titleEn) {
	}

	static final List<DemoPage> PAGES = List.of(
			new DemoPage("Chức năng, nhiệm vụ", "Functions and duties", """
					<p>Ban Tổ chức Tỉnh ủy là cơ quan tham mưu, giúp việc của Tỉnh ủy, trực tiếp và thường xuyên là Ban Thường vụ Tỉnh ủy, về công tác tổ chức xây dựng Đảng và hệ thống chính trị của tỉnh.</p>
					<h2>Chức năng</h2>
					<ul>
					<li>Tham mưu cho cấp ủy tỉnh về tổ chức bộ máy của hệ thống chính trị, về cán bộ và quản lý cán bộ, về đảng viên và tổ chức cơ sở đảng.</li>
					<li>Tham mưu về công tác bảo vệ chính trị nội bộ, về biên chế và tinh giản biên chế trong các cơ quan của Đảng, Mặt trận Tổ quốc và các đoàn thể.</li>
					<li>Là cơ quan chuyên môn, nghiệp vụ về công tác tổ chức, cán bộ của Tỉnh ủy.</li>
					</ul>
					<h2>Nhiệm vụ chủ yếu</h2>
					<ul>
					<li>Nghiên cứu, đề xuất việc cụ thể hóa các chủ trương của Trung ương về công tác tổ chức xây dựng Đảng phù hợp với tình hình của tỉnh.</li>
					<li>Chuẩn bị nhân sự cấp ủy, thẩm định hồ sơ cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý; hướng dẫn quy hoạch, luân chuyển, đánh giá cán bộ.</li>
					<li>Hướng dẫn, kiểm tra việc kết nạp đảng viên, quản lý hồ sơ đảng viên và củng cố tổ chức cơ sở đảng.</li>
					<li>Thẩm định, kết luận tiêu chuẩn chính trị theo quy định của Đảng về bảo vệ chính trị nội bộ.</li>
					<li>Theo dõi, tổng hợp kết quả sắp xếp tổ chức bộ máy và tinh giản biên chế trong toàn tỉnh.</li>
					</ul>
					""", """
					<p>The Provincial Party Organization Department advises and assists the Provincial Party Committee, and in day-to-day work its Standing Committee, on building the Party's organisation and the province's political system.</p>
					<h2>Functions</h2>
					<ul>
					<li>Advising the provincial Party committee on the organisation of the political system, on cadres and their management, and on Party members and grassroots Party organisations.</li>
					<li>Advising on internal political protection, and on staffing and staffing reduction in the agencies of the Party, the Fatherland Front and the mass organisations.</li>
					<li>Acting as the Provincial Party Committee's specialised body for organisation and personnel work.</li>
					</ul>
					<h2>Main duties</h2>
					<ul>
					<li>Studying and proposing how the Central Committee's policies on Party building are applied in the province.</li>
					<li>Preparing personnel for Party committees and reviewing the files of cadres managed by the Standing Committee; guiding succession planning, rotation and assessment of cadres.</li>
					<li>Guiding and checking the admission of Party members, the keeping of their records and the strengthening of grassroots Party organisations.</li>
					<li>Examining and concluding on political standards under the Party's rules on internal political protection.</li>
					<li>Following and summarising the reorganisation of the apparatus and staffing reduction across the province.</li>
					</ul>
					"""),
			new DemoPage("Lịch sử hình thành và phát triển", "History", """
					<p>Ban Tổ chức Tỉnh ủy ra đời cùng với sự hình thành tổ chức Đảng của tỉnh trong những năm đầu của cách mạng. Qua các thời kỳ kháng chiến, xây dựng và đổi mới, Ban luôn là nơi chuẩn bị lực lượng cán bộ cho các phong trào của địa phương.</p>
					<p>Từ khi tái lập tỉnh, Ban từng bước kiện toàn bộ máy, chuyên môn hóa các phòng nghiệp vụ và ứng dụng công nghệ thông tin trong quản lý hồ sơ đảng viên. Những năm gần đây, Ban tham mưu thực hiện sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả và tinh giản biên chế theo các nghị quyết của Trung ương.</p>
					<p>Ghi nhận những đóng góp đó, tập thể Ban đã được Đảng, Nhà nước tặng nhiều phần thưởng cao quý.</p>
					""", """
					<p>The department was founded together with the province's first Party organisation in the early years of the revolution. Through the years of resistance, reconstruction and renovation it has prepared the cadres who led the province's movements.</p>
					<p>Since the province was re-established, the department has strengthened its apparatus, specialised its divisions and brought information technology into the keeping of Party members' records. In recent years it has advised on a leaner, more effective apparatus and on staffing reduction under the Central Committee's resolutions.</p>
					<p>For this work the department has received many distinctions from the Party and the State.</p>
					"""));

	static final List<DemoUnit> UNITS = List.of(
			new DemoUnit("Lãnh đạo Ban", "Leadership of the department", null),
			new DemoUnit("Văn phòng Ban", "Office of the department", "Lãnh đạo Ban"),
			new DemoUnit("Phòng Tổ chức đảng – đảng viên", "Division of Party organisations and members", "Lãnh đạo Ban"),
			new DemoUnit("Phòng Tổ chức – cán bộ", "Division of organisation and cadres", "Lãnh đạo Ban"),
			new DemoUnit("Phòng Bảo vệ chính trị nội bộ", "Division of internal political protection", "Lãnh đạo Ban"),
			new DemoUnit("Phòng Cơ sở đảng", "Division of grassroots Party organisations", "Lãnh đạo Ban"),
			new DemoUnit("Tổ Quản lý hồ sơ đảng viên", "Party membership records team", "Phòng Tổ chức đảng – đảng viên"));

	static final List<DemoLeader> LEADERS = List.of(
			new DemoLeader("Nguyễn Văn Minh", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy",
					"Member of the Standing Committee, Head of the department"),
			new DemoLeader("Trần Thị Lan", "Tỉnh ủy viên, Phó Trưởng Ban Thường trực", "Permanent Deputy Head"),
			new DemoLeader("Lê Quang Hưng", "Phó Trưởng Ban Tổ chức Tỉnh ủy", "Deputy Head"),
			new DemoLeader("Phạm Thu Hà", "Phó Trưởng Ban Tổ chức Tỉnh ủy", "Deputy Head"));

	private final AboutService about;

	private final PortalProperties properties;

	private final Environment environment;

	AboutDemoLoader(AboutService about, PortalProperties properties, Environment environment) {
		this.about = about;
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demoDataEnabled(environment)) {
			return;
		}
		if (about.pages().isEmpty()) {
			int position = 1;
			for (DemoPage page : PAGES) {
				about.createPage(new AboutText(page.titleVi(), page.titleEn(), page.bodyVi(), page.bodyEn(), position++));
			}
		}
		if (about.units().isEmpty()) {
			Map<String, Long> ids = new HashMap<>();
			int position = 1;
			for (DemoUnit unit : UNITS) {
				ids.put(unit.nameVi(),
						about.createUnit(ids.get(unit.parent()), unit.nameVi(), unit.nameEn(), position++).getId());
			}
		}
		if (about.leaders().isEmpty()) {
			int position = 1;
			for (DemoLeader leader : LEADERS) {
				about.createLeader(leader.name(), leader.titleVi(), leader.titleEn(), null, position++);
			}
		}
		AboutContact contact = about.contact();
		if (contact.getOfficerName() == null) {
			PortalProperties.Site site = properties.site();
			about.updateContact(contact.getVersion(), new ContactDetails(site.address(),
					"No. 7 Truong Thi Street, Vinh City, Nghe An Province", site.phone(), null, site.email(),
					"Hoàng Minh Tuấn", "Chánh Văn phòng Ban Tổ chức Tỉnh ủy", "Chief of the department's office",
					"0238 3844 566", "vanphong.btc@nghean.dcs.vn"));
		}
		log.info("Demo content for the about pages is in place");
	}

}

-- Fills a portal database (already migrated, with the demo content loaded) with a realistic
-- volume: 20 categories, 100,000 published articles over 10 years, 5,000 meetings, 3,000
-- documents, about 300 more staffing units with their figures and about 1,000 grassroots Party
-- committees with a congress (and results) per term. Run by bench/run.sh with psql; takes a
-- few minutes. The search index is emptied at the end: the portal rebuilds it on its next start.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SELECT setseed(0.42);

-- Sentences a provincial Party news site writes, reused to make paragraphs of realistic length.
CREATE TEMP TABLE bench_sentence (n int PRIMARY KEY, s text);
INSERT INTO bench_sentence (n, s) SELECT row_number() OVER (), s FROM unnest(ARRAY[
 'Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ công tác tổ chức xây dựng Đảng trong 6 tháng đầu năm và đề ra phương hướng, nhiệm vụ trọng tâm thời gian tới.',
 'Đồng chí Trưởng Ban Tổ chức Tỉnh ủy nhấn mạnh yêu cầu nâng cao chất lượng sinh hoạt chi bộ, gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
 'Toàn tỉnh đã kết nạp được hàng nghìn đảng viên mới, trong đó tỷ lệ đảng viên là đoàn viên thanh niên và người lao động trong doanh nghiệp tăng so với cùng kỳ.',
 'Công tác quy hoạch, đào tạo, bồi dưỡng cán bộ được thực hiện chặt chẽ, đúng quy trình, bảo đảm tính liên thông giữa các cấp, các ngành.',
 'Việc sắp xếp tổ chức bộ máy của hệ thống chính trị theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả được các cấp ủy triển khai quyết liệt.',
 'Ban Thường vụ Tỉnh ủy đã ban hành nhiều văn bản lãnh đạo, chỉ đạo về công tác cán bộ, bảo vệ chính trị nội bộ và quản lý đảng viên.',
 'Các đại biểu tập trung thảo luận những khó khăn, vướng mắc trong quá trình tổ chức đại hội đảng bộ cơ sở và đề xuất giải pháp tháo gỡ.',
 'Công tác kiểm tra, giám sát được tăng cường, kịp thời phát hiện và xử lý nghiêm những tổ chức đảng, đảng viên vi phạm.',
 'Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tiếp tục đổi mới phương thức lãnh đạo, nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng.',
 'Trong nhiệm kỳ qua, đội ngũ cán bộ chủ chốt các cấp cơ bản đáp ứng yêu cầu nhiệm vụ, có bản lĩnh chính trị vững vàng, phẩm chất đạo đức tốt.',
 'Chương trình hành động thực hiện Nghị quyết được cụ thể hóa bằng các kế hoạch với lộ trình, thời gian và phân công trách nhiệm rõ ràng.',
 'Hội nghị trực tuyến được kết nối tới các điểm cầu huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy.',
 'Nhiều mô hình hay, cách làm sáng tạo trong công tác phát triển đảng viên ở vùng đồng bào dân tộc thiểu số và miền núi đã được nhân rộng.',
 'Sở Nội vụ phối hợp với Ban Tổ chức Tỉnh ủy rà soát vị trí việc làm, cơ cấu ngạch công chức và chức danh nghề nghiệp viên chức.',
 'Kết quả tinh giản biên chế giai đoạn vừa qua vượt chỉ tiêu Trung ương giao, góp phần giảm chi thường xuyên và cơ cấu lại đội ngũ.',
 'Đại hội đã bầu Ban Chấp hành Đảng bộ nhiệm kỳ mới gồm các đồng chí tiêu biểu về phẩm chất, năng lực và uy tín.',
 'Các đồng chí lãnh đạo tỉnh đã trao Huy hiệu Đảng cho các đảng viên lão thành có nhiều đóng góp trong sự nghiệp cách mạng.',
 'Việc đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên hằng năm được thực hiện thực chất, gắn với kết quả thực hiện nhiệm vụ được giao.',
 'Đoàn công tác đã làm việc với Ban Thường vụ Huyện ủy về tình hình triển khai các nghị quyết, chỉ thị của Trung ương và của tỉnh.',
 'Lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 3 được tổ chức tại Trường Chính trị tỉnh với sự tham gia của đông đảo học viên.',
 'Công tác chuyển đổi số trong các cơ quan đảng được đẩy mạnh, phần mềm quản lý hồ sơ đảng viên đã được triển khai đến tất cả chi bộ.',
 'Các cấp ủy chủ động rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý nhiệm kỳ tiếp theo theo phương châm động và mở.',
 'Ban Tổ chức Tỉnh ủy đã thẩm định nhân sự, tham mưu kiện toàn nhiều chức danh lãnh đạo chủ chốt các sở, ban, ngành và địa phương.',
 'Việc luân chuyển, điều động cán bộ gắn với bố trí chức danh không phải là người địa phương được thực hiện đồng bộ, hiệu quả.',
 'Phát biểu chỉ đạo hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị tiếp tục nâng cao chất lượng công tác tham mưu của ngành tổ chức xây dựng Đảng.',
 'Hội nghị cũng đã quán triệt các quy định mới của Bộ Chính trị về công tác cán bộ và kiểm soát quyền lực trong công tác cán bộ.',
 'Nhân dịp này, nhiều tập thể và cá nhân có thành tích xuất sắc trong công tác tổ chức xây dựng Đảng đã được khen thưởng.',
 'Thực hiện mô hình sáp nhập các xã, thị trấn, số lượng đơn vị hành chính cấp xã của tỉnh giảm đáng kể, tiết kiệm nguồn lực.',
 'Chi bộ thôn, bản thực hiện nghiêm chế độ sinh hoạt định kỳ, nội dung sinh hoạt ngày càng thiết thực, gắn với nhiệm vụ chính trị của địa phương.',
 'Đảng ủy Khối các cơ quan tỉnh đã hướng dẫn các tổ chức cơ sở đảng tổ chức sinh hoạt chuyên đề với nội dung phong phú.',
 'Báo cáo chính trị trình đại hội được chuẩn bị công phu, lấy ý kiến rộng rãi của cán bộ, đảng viên và Nhân dân.',
 'Đến nay, toàn Đảng bộ tỉnh có hàng nghìn tổ chức cơ sở đảng với hơn một trăm nghìn đảng viên đang sinh hoạt.',
 'Công tác bảo vệ chính trị nội bộ được quan tâm, việc thẩm tra, xác minh lý lịch được thực hiện chặt chẽ, đúng quy định.',
 'Hội nghị thống nhất cao với dự thảo đề án và giao Ban Tổ chức Tỉnh ủy hoàn thiện, trình Ban Thường vụ Tỉnh ủy xem xét, ban hành.',
 'Trên cơ sở kết quả lấy phiếu tín nhiệm, các cấp ủy đã có biện pháp giúp đỡ, nhắc nhở những cán bộ có số phiếu tín nhiệm thấp.',
 'Ngành tổ chức xây dựng Đảng tỉnh phát động phong trào thi đua với chủ đề đoàn kết, kỷ cương, trách nhiệm, đổi mới, hiệu quả.'
]) AS s;

-- Words for titles.
CREATE TEMP TABLE bench_title_part (k int, n int, w text);
INSERT INTO bench_title_part SELECT 1, row_number() OVER (), w FROM unnest(ARRAY[
 'Hội nghị', 'Tổng kết', 'Sơ kết', 'Triển khai', 'Quán triệt', 'Bế mạc', 'Khai mạc', 'Kiểm tra', 'Giám sát',
 'Trao quyết định', 'Công bố', 'Tập huấn', 'Đánh giá', 'Tăng cường', 'Nâng cao chất lượng']) AS w;
INSERT INTO bench_title_part SELECT 2, row_number() OVER (), w FROM unnest(ARRAY[
 'công tác tổ chức xây dựng Đảng', 'công tác cán bộ', 'phát triển đảng viên', 'tinh giản biên chế',
 'sắp xếp tổ chức bộ máy', 'bảo vệ chính trị nội bộ', 'sinh hoạt chi bộ', 'quy hoạch cán bộ',
 'đại hội đảng bộ cơ sở', 'luân chuyển cán bộ', 'đánh giá, xếp loại đảng viên', 'chuyển đổi số trong cơ quan đảng',
 'kiện toàn cấp ủy', 'đào tạo, bồi dưỡng cán bộ', 'quản lý đảng viên']) AS w;
INSERT INTO bench_title_part SELECT 3, row_number() OVER (), w FROM unnest(ARRAY[
 'tại huyện Quỳnh Lưu', 'tại thị xã Hoàng Mai', 'tại huyện Diễn Châu', 'tại thành phố Vinh', 'tại huyện Nghi Lộc',
 'tại huyện Thanh Chương', 'tại huyện Con Cuông', 'tại huyện Kỳ Sơn', 'của Đảng bộ Khối các cơ quan tỉnh',
 'tại huyện Đô Lương', 'tại huyện Yên Thành', 'tại thị xã Cửa Lò', 'tại huyện Tương Dương', 'tại huyện Nam Đàn',
 'năm 2025', 'nhiệm kỳ 2025 - 2030', 'giai đoạn 2021 - 2026', 'tại huyện Quế Phong', 'tại huyện Anh Sơn', 'tại huyện Hưng Nguyên']) AS w;

CREATE OR REPLACE FUNCTION pg_temp.bench_paragraph(seed int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(s, ' ' ORDER BY k) FROM (
    SELECT k, (SELECT s FROM bench_sentence WHERE n = 1 + ((seed * 7 + k * 13) % 36)) AS s
    FROM generate_series(1, 4 + seed % 3) AS k) AS picked
$$;

-- 400 different paragraphs; an article body is 7 to 11 of them (about 4 to 7 kB of text).
CREATE TEMP TABLE bench_paragraph (n int PRIMARY KEY, p text);
INSERT INTO bench_paragraph SELECT n, '<p>' || pg_temp.bench_paragraph(n * 31 + n / 36) || '</p>' FROM generate_series(0, 399) AS n;

-- Twenty categories: the demo's, then more up to twenty (shown on their own pages, not on home).
INSERT INTO category (slug, name, description, position, show_on_home)
SELECT 'chuyen-muc-' || n, name, 'Tin bài về ' || lower(name), 100 + n, false
FROM (SELECT row_number() OVER () AS n, name FROM unnest(ARRAY[
  'Tổ chức cơ sở đảng', 'Đảng viên', 'Cán bộ', 'Bảo vệ chính trị nội bộ', 'Tinh giản biên chế', 'Sắp xếp bộ máy',
  'Đại hội đảng các cấp', 'Gương sáng', 'Chuyển đổi số', 'Nghiên cứu - trao đổi', 'Văn bản mới', 'Thi đua - khen thưởng',
  'Đào tạo - bồi dưỡng', 'Tin địa phương', 'Quốc phòng - an ninh', 'Dân vận', 'Kiểm tra - giám sát', 'Tư liệu',
  'Hỏi - đáp', 'Sự kiện']) AS name) AS names
WHERE n <= 20 - (SELECT count(*) FROM category);

CREATE TEMP TABLE bench_category AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM category;

-- 100,000 published articles over the last ten years.
INSERT INTO article (slug, title, summary, body, category_id, byline, source, status, featured, published_at, owner_id,
                     created_at, updated_at)
SELECT 'bai-viet-' || g || '-' || (g % 9973),
       t1.w || ' ' || t2.w || ' ' || t3.w || ' (' || g || ')',
       (SELECT s FROM bench_sentence WHERE n = 1 + (g % 36)) || ' ' || (SELECT s FROM bench_sentence WHERE n = 1 + ((g / 36) % 36)),
       (SELECT string_agg(p, '' ORDER BY k) FROM (
          SELECT k, (SELECT p FROM bench_paragraph WHERE n = (g * 17 + k * 101) % 400) AS p
          FROM generate_series(1, 7 + g % 5) AS k) AS paragraphs),
       c.id, 'Phóng viên ' || (g % 40 + 1), CASE WHEN g % 5 = 0 THEN 'Báo Nghệ An' END,
       'PUBLISHED', g % 997 = 0, at, (SELECT min(id) FROM app_user), at, at
FROM (SELECT g, now() - interval '3650 days' * ((100000 - g) / 100000.0) - interval '1 hour' AS at
      FROM generate_series(1, 100000) AS g) AS series
JOIN bench_category c ON c.n = g % (SELECT count(*) FROM bench_category)
JOIN bench_title_part t1 ON t1.k = 1 AND t1.n = 1 + g % 15
JOIN bench_title_part t2 ON t2.k = 2 AND t2.n = 1 + (g / 15) % 15
JOIN bench_title_part t3 ON t3.k = 3 AND t3.n = 1 + (g / 225) % 20;

-- 5,000 meetings over ten years, the last few still to come.
INSERT INTO meeting (slug, title, kind, starts_at, ends_at, place, format, bridge_points, organiser, summary, agenda, status)
SELECT 'hoi-nghi-' || g, t1.w || ' ' || t2.w || ' ' || t3.w || ' lần ' || g,
       (ARRAY['MID_YEAR_REVIEW', 'YEAR_END_REVIEW', 'BRIEFING', 'THEMATIC', 'DOCUMENT_BRIEFING', 'OTHER'])[1 + g % 6],
       at, at + interval '4 hours', 'Hội trường Tỉnh ủy, số 7 Trường Thi, thành phố Vinh',
       CASE WHEN g % 3 = 0 THEN 'HYBRID' ELSE 'IN_PERSON' END, CASE WHEN g % 3 = 0 THEN 21 + g % 10 END,
       'Ban Tổ chức Tỉnh ủy', (SELECT p FROM bench_paragraph WHERE n = g % 400),
       'Khai mạc; báo cáo kết quả; thảo luận; kết luận của chủ trì',
       CASE WHEN at > now() THEN 'PLANNED' ELSE 'HELD' END
FROM (SELECT g, now() - interval '3650 days' * ((4980 - g) / 5000.0) AS at FROM generate_series(1, 5000) AS g) AS series
JOIN bench_title_part t1 ON t1.k = 1 AND t1.n = 1 + g % 15
JOIN bench_title_part t2 ON t2.k = 2 AND t2.n = 1 + (g / 15) % 15
JOIN bench_title_part t3 ON t3.k = 3 AND t3.n = 1 + (g / 7) % 20;

-- 3,000 documents: numbers from 1001 up, so none meets a demo document's number.
INSERT INTO party_document (slug, type, number, symbol, issuer, term, plenum, issued_on, effective_on, title, summary, body, status)
SELECT 'van-ban-' || g, type, 1000 + g, symbol, issuer, 10 + g % 4, CASE WHEN g % 4 = 0 THEN 1 + g % 12 END,
       day, day, kind || ' về ' || t2.w || ' ' || t3.w, (SELECT s FROM bench_sentence WHERE n = 1 + g % 36),
       (SELECT p FROM bench_paragraph WHERE n = (g * 3) % 400), CASE WHEN g % 10 = 0 THEN 'EXPIRED' ELSE 'IN_FORCE' END
FROM (SELECT g, (current_date - (g * 1.2)::int) AS day,
             (ARRAY['RESOLUTION', 'CONCLUSION', 'REGULATION', 'DECISION', 'GUIDANCE', 'DIRECTIVE', 'PLAN', 'NOTICE'])[1 + g % 8] AS type,
             (ARRAY['Nghị quyết', 'Kết luận', 'Quy định', 'Quyết định', 'Hướng dẫn', 'Chỉ thị', 'Kế hoạch', 'Thông báo'])[1 + g % 8] AS kind,
             (ARRAY['NQ/TU', 'KL/TU', 'QĐ/TU', 'QĐ/TU', 'HD/BTCTU', 'CT/TU', 'KH/TU', 'TB/TU'])[1 + g % 8] AS symbol,
             (ARRAY['PROVINCIAL_COMMITTEE', 'PROVINCIAL_STANDING_COMMITTEE'])[1 + g % 2] AS issuer
      FROM generate_series(1, 3000) AS g) AS series
JOIN bench_title_part t2 ON t2.k = 2 AND t2.n = 1 + g % 15
JOIN bench_title_part t3 ON t3.k = 3 AND t3.n = 1 + (g / 15) % 20;

-- Staffing: 300 more grassroots units under the demo's units, with figures for every period.
INSERT INTO staffing_unit (slug, name, kind, parent_id, position, in_plan)
SELECT 'don-vi-' || g, 'Đơn vị sự nghiệp số ' || g, 'GRASSROOTS', parents.id, 100 + g, g % 4 = 0
FROM generate_series(1, 300) AS g
JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM staffing_unit WHERE kind IN ('DISTRICT', 'DEPARTMENT') AND status = 'ACTIVE') AS parents
  ON parents.n = g % (SELECT count(*) FROM staffing_unit WHERE kind IN ('DISTRICT', 'DEPARTMENT') AND status = 'ACTIVE');
INSERT INTO staffing_figure (unit_id, period_id, officials, public_employees, other_posts, employed, updated_by)
SELECT u.id, p.id, 5 + u.id % 20, 20 + u.id % 80, u.id % 5, 20 + u.id % 90, 'bench'
FROM staffing_unit u CROSS JOIN staffing_period p
WHERE u.slug LIKE 'don-vi-%';

-- Congress records: 1,000 grassroots Party committees, a congress for each in every term.
INSERT INTO party_committee (slug, name, level, parent_id, position)
SELECT 'dang-bo-co-so-' || g, 'Đảng bộ cơ sở số ' || g, 'GRASSROOTS', parents.id, 100 + g
FROM generate_series(1, 1000) AS g
JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM party_committee WHERE level = 'ABOVE_GRASSROOTS') AS parents
  ON parents.n = g % (SELECT count(*) FROM party_committee WHERE level = 'ABOVE_GRASSROOTS');
INSERT INTO congress (slug, committee_id, term_id, ordinal, planned_on, started_on, ended_on, place, status, updated_by)
SELECT c.slug || '-' || t.start_year, c.id, t.id, 5 + t.start_year % 20,
       make_date(t.start_year - 1, 3 + (c.id % 6)::int, 1 + (c.id % 27)::int),
       CASE WHEN make_date(t.start_year - 1, 3 + (c.id % 6)::int, 1 + (c.id % 27)::int) < current_date THEN make_date(t.start_year - 1, 3 + (c.id % 6)::int, 1 + (c.id % 27)::int) END,
       CASE WHEN make_date(t.start_year - 1, 3 + (c.id % 6)::int, 1 + (c.id % 27)::int) < current_date THEN make_date(t.start_year - 1, 3 + (c.id % 6)::int, 1 + (c.id % 27)::int) + 1 END,
       'Hội trường ' || c.name,
       CASE WHEN make_date(t.start_year - 1, 3 + (c.id % 6)::int, 1 + (c.id % 27)::int) < current_date THEN 'HELD' ELSE 'PLANNED' END, 'bench'
FROM party_committee c CROSS JOIN congress_term t
WHERE c.slug LIKE 'dang-bo-co-so-%';
INSERT INTO congress_result (congress_id, delegates_summoned, delegates_attending, executive_planned, executive_elected,
                             elected_in_one_round, standing_size, inspection_size, upper_delegates, women_percent, young_percent,
                             first_time_percent, updated_by)
SELECT id, 120, 115 + id % 5, 15, 13 + id % 3, id % 3 = 0, 5, 3, 10, 20 + id % 15, 8 + id % 7, 30 + id % 20, 'bench'
FROM congress WHERE status = 'HELD' AND updated_by = 'bench';

-- The portal rebuilds its search index on start for every kind it finds empty.
DELETE FROM search_entry;
DELETE FROM search_word;
ANALYZE;

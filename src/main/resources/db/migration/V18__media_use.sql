-- Which record uses which media item, and whether readers see that use now. A file is served to
-- readers only while some use shows it to them (a live article, a document outside the trash,
-- an about page, a leader's photo, the banner); staff always get it. The owning features keep
-- their rows up to date on every save and change of state (see media/MediaUsage).
CREATE TABLE media_use (
    owner_kind       varchar(30) NOT NULL,
    owner_id         bigint      NOT NULL,
    media_id         bigint      NOT NULL REFERENCES media_item (id) ON DELETE CASCADE,
    shown_to_readers boolean     NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, media_id)
);
CREATE INDEX media_use_by_media ON media_use (media_id, shown_to_readers);

-- The uses of the content that is already here. Rich text refers to files by their address
-- (/media/2025/03/<uuid>.jpg, or a resized copy <uuid>-w768.jpg), also as an absolute URL.
WITH rich_text (owner_kind, owner_id, html, shown) AS (
    SELECT 'article', a.id, a.body, a.status = 'PUBLISHED' AND a.deleted_at IS NULL FROM article a
    UNION ALL
    -- changes to a live article waiting on a working copy: not shown until they are published
    SELECT 'article', a.id, r.body, false FROM article a JOIN article_revision r ON r.id = a.working_revision_id
    UNION ALL
    SELECT 'document', d.id, coalesce(d.body, ''), d.deleted_at IS NULL FROM party_document d
    UNION ALL
    SELECT 'about-page', p.id, p.body_vi || ' ' || coalesce(p.body_en, ''), true FROM about_page p
), in_text (owner_kind, owner_id, media_id, shown) AS (
    SELECT t.owner_kind, t.owner_id, m.id, t.shown
    FROM rich_text t
    CROSS JOIN LATERAL regexp_matches(t.html,
        '/media/([0-9]{4}/[0-9]{2}/[0-9a-f-]{36})(?:-w[0-9]{2,4})?\.(jpg|png|webp|pdf)', 'g') AS found (parts)
    JOIN media_item m ON m.storage_key = found.parts[1] || '.' || found.parts[2]
), by_id (owner_kind, owner_id, media_id, shown) AS (
    SELECT 'article', a.id, a.cover_media_id, a.status = 'PUBLISHED' AND a.deleted_at IS NULL
    FROM article a WHERE a.cover_media_id IS NOT NULL
    UNION ALL
    SELECT 'article', a.id, r.cover_media_id, false
    FROM article a JOIN article_revision r ON r.id = a.working_revision_id WHERE r.cover_media_id IS NOT NULL
    UNION ALL
    SELECT 'document', f.document_id, f.media_id, d.deleted_at IS NULL
    FROM document_attachment f JOIN party_document d ON d.id = f.document_id
    UNION ALL
    SELECT 'about-leader', l.id, l.photo_media_id, true FROM about_leader l WHERE l.photo_media_id IS NOT NULL
    UNION ALL
    SELECT 'banner', b.id, b.image_id, true FROM site_banner b WHERE b.image_id IS NOT NULL
)
INSERT INTO media_use (owner_kind, owner_id, media_id, shown_to_readers)
SELECT owner_kind, owner_id, media_id, bool_or(shown)
FROM (SELECT * FROM in_text UNION ALL SELECT * FROM by_id) AS every_use
GROUP BY owner_kind, owner_id, media_id;

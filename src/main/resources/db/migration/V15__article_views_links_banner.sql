-- Article view counts, counted in memory and added here in batches.
CREATE TABLE article_view (
    article_id bigint PRIMARY KEY REFERENCES article (id),
    views      bigint NOT NULL DEFAULT 0 CHECK (views >= 0)
);
CREATE INDEX article_view_most_read ON article_view (views DESC, article_id);

-- The admin edits the website-links box; saves are optimistically locked.
ALTER TABLE website_link ADD COLUMN version bigint NOT NULL DEFAULT 0;
CREATE INDEX website_link_position ON website_link (position, id);

-- The banner: one row. Empty lines and no picture mean the configured name and the emblem.
CREATE TABLE site_banner (
    id         integer PRIMARY KEY CHECK (id = 1),
    owner_line varchar(200),
    name_line  varchar(200),
    tagline    varchar(200),
    image_id   bigint REFERENCES media_item (id),
    version    bigint NOT NULL DEFAULT 0
);
INSERT INTO site_banner (id) VALUES (1);
CREATE INDEX site_banner_image ON site_banner (image_id);

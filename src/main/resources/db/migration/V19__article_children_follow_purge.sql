-- An article's views, readers' comments and old addresses belong to it and have no life of their
-- own: when an administrator empties the trash they go with it. The database enforces this, so
-- every way of deleting an article (the purge, an operator's DELETE) works, and a view count
-- written by the periodic flush while the purge runs cannot make it fail. Only the delete rule
-- changes; no row is removed by this migration.
ALTER TABLE article_view
    DROP CONSTRAINT article_view_article_id_fkey,
    ADD CONSTRAINT article_view_article_id_fkey FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE;
ALTER TABLE article_comment
    DROP CONSTRAINT article_comment_article_id_fkey,
    ADD CONSTRAINT article_comment_article_id_fkey FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE;
ALTER TABLE article_slug_history
    DROP CONSTRAINT article_slug_history_article_id_fkey,
    ADD CONSTRAINT article_slug_history_article_id_fkey FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE;

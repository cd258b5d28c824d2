-- Resized copies of uploaded images (e.g. 320, 768, 1280 px wide), made once at upload.
ALTER TABLE media_item ADD COLUMN variant_widths varchar(60);

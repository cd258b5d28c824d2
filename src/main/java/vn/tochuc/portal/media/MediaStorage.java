package vn.tochuc.portal.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where media files are kept. Keys are made by the portal (never from a file name), so an
 * object store can replace the file system without the features noticing.
 */
public interface MediaStorage {

	void put(String key, byte[] content) throws IOException;

	Optional<InputStream> open(String key) throws IOException;

	long size(String key) throws IOException;

	void delete(String key) throws IOException;

}

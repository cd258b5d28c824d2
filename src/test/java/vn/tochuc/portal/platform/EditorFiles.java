package vn.tochuc.portal.platform;

import java.nio.file.Path;

/** Where the editor's files are in the source tree, for the tests that read them. */
public final class EditorFiles {

	public static final Path STATIC = Path.of("src/main/resources/static");

	/** The checked-in HugeRTE (see scripts/refresh-editor.sh). */
	public static final Path VENDOR = STATIC.resolve("vendor/hugerte-1.0.14");

	public static final Path EDITOR_JS = STATIC.resolve("js/editor.js");

	public static final Path EDITOR_VI_JS = STATIC.resolve("js/editor-vi.js");

	public static final Path REFRESH_SCRIPT = Path.of("scripts/refresh-editor.sh");

	private EditorFiles() {
	}

}

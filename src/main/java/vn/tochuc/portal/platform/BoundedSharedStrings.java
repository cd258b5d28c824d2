package vn.tochuc.portal.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings (the text of its text cells) as plain strings, read from a part of
 * at most {@link XlsxSheet#MAX_SHARED_STRINGS_BYTES}. POI's own read-only table keeps an XML object
 * per string, several times the text's size; this keeps the text. Phonetic runs are left out, as
 * Excel shows them.
 */
final class BoundedSharedStrings extends DefaultHandler implements SharedStrings {

	private final List<String> strings = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private boolean inString;

	private boolean inText;

	private boolean inPhonetic;

	private BoundedSharedStrings() {
	}

	static BoundedSharedStrings of(OPCPackage workbook) throws IOException, SAXException, ParserConfigurationException {
		BoundedSharedStrings table = new BoundedSharedStrings();
		List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return table;
		}
		try (InputStream in = new XlsxSheet.LimitedInputStream(parts.get(0).getInputStream(),
				XlsxSheet.MAX_SHARED_STRINGS_BYTES)) {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(table);
			parser.parse(new InputSource(in));
		}
		return table;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "si" -> {
				inString = true;
				text.setLength(0);
			}
			case "rPh" -> inPhonetic = true;
			case "t" -> inText = inString && !inPhonetic;
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (localName) {
			case "si" -> {
				strings.add(text.isEmpty() ? "" : text.toString());
				inString = false;
			}
			case "rPh" -> inPhonetic = false;
			case "t" -> inText = false;
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (inText) {
			text.append(ch, start, length);
		}
	}

	@Override
	public RichTextString getItemAt(int index) {
		return new XSSFRichTextString(strings.get(index));
	}

	@Override
	public int getCount() {
		return strings.size();
	}

	@Override
	public int getUniqueCount() {
		return strings.size();
	}

}

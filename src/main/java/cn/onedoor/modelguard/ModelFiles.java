package cn.onedoor.modelguard;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

/** Reading the resources of a deployment: kinds by file name, XML without DTDs or external entities, DOM helpers. */
final class ModelFiles {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  enum Kind { BPMN, DMN, FORM, OTHER }

  /** Thrown for XML that does not parse; the message is safe to show (no class names). */
  static final class XmlException extends Exception {
    XmlException(String message) {
      super(message);
    }
  }

  private ModelFiles() {}

  static Kind kind(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
      return Kind.BPMN;
    }
    if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
      return Kind.DMN;
    }
    if (lower.endsWith(".form")) {
      return Kind.FORM;
    }
    return Kind.OTHER;
  }

  /** The file name of a resource name (stored names are absolute paths in tests, bare names in the jar). */
  static String fileName(String resourceName) {
    if (resourceName == null) {
      return null;
    }
    int slash = Math.max(resourceName.lastIndexOf('/'), resourceName.lastIndexOf('\\'));
    return resourceName.substring(slash + 1);
  }

  static Document parse(byte[] bytes) throws XmlException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      throw new XmlException("第 " + e.getLineNumber() + " 行第 " + e.getColumnNumber() + " 列 / line "
          + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + safe(e.getMessage()));
    } catch (Exception e) {
      throw new XmlException(safe(e.getMessage()));
    }
  }

  /** Parser messages without anything that looks like a class name or URL. */
  private static String safe(String message) {
    if (message == null) {
      return "";
    }
    String text = message.replaceAll("\\S*(?:org\\.|java\\.|javax\\.|jakarta\\.)\\S*", "…").replace("Exception", "");
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  /** Element children of {@code parent} with this local name (any namespace), at any depth. */
  static List<Element> descendants(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    var nodes = parent.getElementsByTagNameNS("*", localName);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  /** Every element below {@code parent} and itself. */
  static List<Element> allElements(Element parent) {
    List<Element> found = new ArrayList<>();
    found.add(parent);
    var nodes = parent.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && localName.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  static boolean hasElementChildren(Element element) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element) {
        return true;
      }
    }
    return false;
  }

  /** The id of the element or of its nearest ancestor that has one. */
  static String elementId(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (!e.getAttribute("id").isBlank()) {
        return e.getAttribute("id");
      }
    }
    return "-";
  }

  /** A Camunda attribute ({@code camunda:name}), or "" when absent. */
  static String camunda(Element element, String name) {
    return element.getAttributeNS(CAMUNDA, name);
  }
}

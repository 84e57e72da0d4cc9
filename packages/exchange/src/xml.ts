/** Characters XML 1.0 forbids even as references; a stray one would make the whole file invalid. */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/**
 * Escapes text for an XML element or a double-quoted attribute; the same escaping suits HTML.
 * The apostrophe needs none, and `&apos;` is not HTML 4.
 */
export const escapeXml = (text: string): string =>
  text.replace(INVALID_XML, '').replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);

/** HTML in a CDATA section stays readable; "]]>" is split so it cannot end the section early. */
export const cdata = (html: string): string =>
  `<![CDATA[${html.replace(INVALID_XML, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** Plain text as an HTML paragraph, its line breaks kept. */
export const paragraph = (text: string): string =>
  `<p>${escapeXml(text.trim()).replace(/\r?\n/g, '<br>')}</p>`;

/** An XML comment; "--" is not allowed inside one. */
export const xmlComment = (text: string): string =>
  `<!-- ${text.replace(INVALID_XML, '').replace(/-{2,}/g, '-').replace(/-$/, '- ')} -->`;

package cn.onedoor.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the case documents (docs/documents.md).
 *
 * @param templateDir a folder whose {@code *.html} files replace the bundled templates of the same
 *     name ({@code classpath:documents/}); read on every request, so an administrator's edit shows
 *     in the next PDF. Empty or missing: the bundled templates only
 * @param centreName the centre's name printed in the documents; empty: the SMS signature
 *     ({@code onedoor.notification.centre-name}) without its 【】
 * @param fontPath the CJK font embedded (as a subset): a TrueType file or a collection (.ttc, the
 *     face after a comma, the first when none is named); by default the agreement's font
 * @param fontRequired whether start-up stops without the font (production); in the demo the
 *     documents then answer 503 and a warning says why
 */
@ConfigurationProperties("onedoor.documents")
record DocumentsProperties(String templateDir, String centreName, String fontPath, boolean fontRequired) {}

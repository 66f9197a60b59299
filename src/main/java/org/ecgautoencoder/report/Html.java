package org.ecgautoencoder.report;

import java.util.Map;
import org.ecgautoencoder.eval.ConfusionMatrix;

/** The few HTML pieces the report needs, every text escaped. */
final class Html {
  private Html() {}

  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>\n"
        + "<style>body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}"
        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 10px;text-align:left}"
        + "img{display:block;margin:1em 0;max-width:100%}pre{background:#f6f6f6;padding:1em;overflow:auto}</style>"
        + "</head>\n<body>\n" + body + "</body></html>\n";
  }

  static String heading(int level, String text) {
    return "<h" + level + ">" + escape(text) + "</h" + level + ">\n";
  }

  static String paragraph(String text) {
    return "<p>" + escape(text) + "</p>\n";
  }

  static String image(String file, String alt) {
    return "<img src=\"" + escape(file) + "\" alt=\"" + escape(alt) + "\" width=\"" + RunReport.WIDTH + "\">\n";
  }

  static String preformatted(String text) {
    return "<pre>" + escape(text) + "</pre>\n";
  }

  static String table(Map<String, String> rows) {
    StringBuilder table = new StringBuilder("<table>\n");
    rows.forEach((key, value) -> table.append("<tr><th>").append(escape(key)).append("</th><td>").append(escape(value)).append("</td></tr>\n"));
    return table.append("</table>\n").toString();
  }

  /** A table with a header row; every cell escaped. */
  static String grid(java.util.List<String> header, java.util.List<java.util.List<String>> rows) {
    StringBuilder table = new StringBuilder("<table>\n<tr>");
    header.forEach(cell -> table.append("<th>").append(escape(cell)).append("</th>"));
    table.append("</tr>\n");
    for (java.util.List<String> row : rows) {
      table.append("<tr>");
      row.forEach(cell -> table.append("<td>").append(escape(cell)).append("</td>"));
      table.append("</tr>\n");
    }
    return table.append("</table>\n").toString();
  }

  static String confusion(ConfusionMatrix m) {
    return "<table>\n<tr><th></th><th>flagged anomaly</th><th>passed as normal</th></tr>\n"
        + "<tr><th>abnormal beats</th><td>" + m.tp() + " (true positives)</td><td>" + m.fn() + " (missed)</td></tr>\n"
        + "<tr><th>normal beats</th><td>" + m.fp() + " (false alarms)</td><td>" + m.tn() + " (true negatives)</td></tr>\n"
        + "</table>\n";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

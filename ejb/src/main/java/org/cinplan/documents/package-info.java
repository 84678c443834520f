/**
 * Documents: the PDFs cinplan makes from what is recorded, for people outside it. Owns the CIN plan (in force or any
 * version), the minutes of a held meeting and the family-friendly plan (plain words, large type) as PDF
 * ({@link org.cinplan.documents.Documents}, which checks record access and audits every download), and their layout
 * (plain Java over Apache PDFBox with an embedded TrueType font: every page marked OFFICIAL-SENSITIVE, numbered, with
 * the council, version and date; a title, language, bookmarks and tags). It only reads other areas' data; only the web
 * (downloads) and messages (documents emailed to a distribution list, made with the requester's access) use it.
 */
package org.cinplan.documents;

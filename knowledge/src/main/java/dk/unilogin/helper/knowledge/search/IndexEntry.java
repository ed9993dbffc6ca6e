package dk.unilogin.helper.knowledge.search;

/** One text to index: a title, example question, body paragraph or message outside the guide ({@code passageId} null). */
record IndexEntry(String passageId, TextKind kind, String text) {
}

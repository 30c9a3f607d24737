package dev.longshot.plan;

/**
 * One term of the lexicon and what it names.
 *
 * @param term      the word or phrase, lower-case
 * @param attribute {@code setting}, {@code water}, … or {@code known} for words that name nothing
 * @param value     vocabulary id, or {@code -} for known words
 * @param latin     true when the term is matched as whole words (English), false for CJK
 */
record LexiconEntry(String term, String attribute, String value, boolean latin) {}

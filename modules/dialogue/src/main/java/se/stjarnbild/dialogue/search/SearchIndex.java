package se.stjarnbild.dialogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * The Swedish full-text index of quotes, interviews, places and stars.
 *
 * <p>Thread-safe. Changes are made one at a time, each committed as a whole and then made visible,
 * so a search right after a change sees it and a search never sees half a change. Searches run
 * concurrently with each other and with changes. Everything in the index can be rebuilt from the
 * database at any time, so the index is a cache, not a record.
 *
 * <p>Methods throw {@link UncheckedIOException} when the directory fails, never because of what
 * someone typed.
 */
public final class SearchIndex implements AutoCloseable {

    /** Room for a rebuild to add many documents between flushes to disk. */
    private static final double RAM_BUFFER_MB = 64;

    private final Directory directory;
    private final Analyzer indexAnalyzer = SwedishAnalysis.indexAnalyzer();
    private final Analyzer queryAnalyzer = SwedishAnalysis.queryAnalyzer();
    private final Object writeLock = new Object();
    /** Replaced after a failed change, to drop what that change left uncommitted. Guarded by writeLock. */
    private IndexWriter writer;
    /** Reads commits from the directory, so uncommitted work is never visible. */
    private final SearcherManager searchers;

    /**
     * Opens the index in the directory, creating it when empty. The directory stays the caller's to
     * close, after this index.
     */
    public SearchIndex(Directory directory) {
        this.directory = directory;
        try {
            writer = openWriter();
            writer.commit();
            searchers = new SearcherManager(directory, null);
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the document, or replaces the one with the same kind and id. */
    public void replace(SearchDocument document) {
        change(w -> w.updateDocument(IndexFields.keyOf(document.kind(), document.id()), IndexFields.toLucene(document)));
    }

    /** Adds or replaces many documents with one commit, which is much faster than one at a time. */
    public void replaceAll(List<SearchDocument> batch) {
        change(w -> {
            for (SearchDocument document : batch) {
                w.updateDocument(IndexFields.keyOf(document.kind(), document.id()), IndexFields.toLucene(document));
            }
        });
    }

    /**
     * Makes the index hold exactly these documents. Searches see the old content until the new one is
     * committed as a whole; if reading the documents fails, the old content stays.
     */
    public void rebuild(Iterator<SearchDocument> all) {
        change(w -> {
            w.deleteAll();
            while (all.hasNext()) {
                // Plain adds: after deleteAll nothing can need replacing, and adds are cheaper.
                w.addDocument(IndexFields.toLucene(all.next()));
            }
        });
    }

    /** Removes the document with this kind and id, if there is one. */
    public void remove(SearchKind kind, long id) {
        change(w -> w.deleteDocuments(IndexFields.keyOf(kind, id)));
    }

    /** How many documents the index holds. */
    public long count() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /**
     * The requested page of things matching all the words, best first. Never fails because of what
     * was typed: input without searchable words gives no hits.
     */
    public SearchResults search(SearchRequest request) {
        List<String> terms = RequestQuery.termsOf(queryAnalyzer, request.words());
        if (terms.isEmpty()) {
            return SearchResults.empty();
        }
        Query words = RequestQuery.allTerms(terms);
        Query query = RequestQuery.filtered(words, request);
        IndexSearcher searcher = acquire();
        try {
            int total = searcher.count(query);
            int end = (int) Math.min((long) request.offset() + request.limit(), total);
            if (end <= request.offset()) {
                return new SearchResults(total, List.of());
            }
            TopDocs top = searcher.search(query, end);
            return new SearchResults(total, hits(searcher, top, request.offset(), new HitHighlighter(indexAnalyzer, words)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            try (Analyzer a = indexAnalyzer; Analyzer b = queryAnalyzer; IndexWriter w = writer; SearcherManager s = searchers) {
                // Closed in reverse order by try-with-resources: searchers, writer, analyzers.
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, TopDocs top, int offset, HitHighlighter highlighter)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = top.scoreDocs[i];
            Document document = stored.document(scoreDoc.doc);
            hits.add(new SearchHit(
                    SearchKind.valueOf(document.get(IndexFields.KIND)),
                    document.getField(IndexFields.ID).numericValue().longValue(),
                    highlighter.title(document.get(IndexFields.TITLE)),
                    highlighter.fragment(document.get(IndexFields.TEXT)),
                    scoreDoc.score));
        }
        return hits;
    }

    /** Runs one change and commits it, or on any failure drops all of it and rethrows. */
    private void change(WriterWork work) {
        synchronized (writeLock) {
            try {
                work.run(writer);
                writer.commit();
            } catch (IOException e) {
                dropUncommitted(e);
                throw new UncheckedIOException(e);
            } catch (RuntimeException | Error e) {
                dropUncommitted(e);
                throw e;
            }
            try {
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Rolling back closes the writer, so a fresh one takes its place for the next change. */
    private void dropUncommitted(Throwable cause) {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
        try {
            writer = openWriter();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private IndexWriter openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        return new IndexWriter(directory, config);
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeQuietly() {
        try {
            if (writer != null) {
                writer.close();
            }
        } catch (IOException | RuntimeException ignored) {
            // Already failing; the original exception is the one worth reporting.
        }
    }

    @FunctionalInterface
    private interface WriterWork {
        void run(IndexWriter writer) throws IOException;
    }
}

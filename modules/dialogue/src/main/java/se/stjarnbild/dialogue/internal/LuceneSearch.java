package se.stjarnbild.dialogue.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.ConfigProvider;
import se.stjarnbild.dialogue.search.Search;
import se.stjarnbild.dialogue.search.SearchChange;
import se.stjarnbild.dialogue.search.SearchDocument;
import se.stjarnbild.dialogue.search.SearchIndex;
import se.stjarnbild.dialogue.search.SwedishAnalysis;
import se.stjarnbild.dialogue.search.SearchKind;
import se.stjarnbild.dialogue.search.SearchRequest;
import se.stjarnbild.dialogue.search.SearchResults;
import se.stjarnbild.dialogue.search.SearchStatus;

/**
 * The search index in the data folder (search-index/), kept in step with the database: changes
 * are applied in the background once their transaction has committed, and the whole index can be
 * rebuilt from the database at any time. Each server keeps its own index.
 */
@Singleton
@LocalBean
@Local(Search.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LuceneSearch implements Search {

    private static final Logger LOG = Logger.getLogger(LuceneSearch.class.getName());
    private static final int BATCH = 2_000;

    @Inject
    private SearchDocuments documents;

    @Resource
    private ManagedExecutorService executor;

    private FSDirectory directory;
    private Path analysisMarker;
    private SearchIndex index;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    @PostConstruct
    void open() {
        Path folder = Path.of(ConfigProvider.getConfig(LuceneSearch.class.getClassLoader())
                .getOptionalValue("stjarnbild.data.dir", String.class).orElse("./data")).resolve("search-index");
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            analysisMarker = folder.resolve("analysis.version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder, e);
        }
        index = new SearchIndex(directory);
    }

    @PreDestroy
    void close() {
        try {
            index.close();
            directory.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the search index", e);
        }
    }

    @Override
    public SearchResults search(SearchRequest request) {
        return index.search(request);
    }

    @Override
    public SearchStatus status() {
        return new SearchStatus(index.count(), documents.total(), rebuilding.get());
    }

    @Override
    public void ensureFresh() {
        executor.submit(() -> {
            if (index.count() != documents.total() || !analysisIsCurrent()) {
                rebuildNow();
            }
        });
    }

    @Override
    public void rebuild() {
        executor.submit(this::rebuildNow);
    }

    private void markAnalysis() {
        try {
            Files.writeString(analysisMarker, SwedishAnalysis.VERSION);
        } catch (IOException e) {
            // The index itself is rebuilt and in use; only the next start will rebuild it once more.
            LOG.log(Level.WARNING, "Could not note the search analysis version beside the index", e);
        }
    }

    /** An index written by an older analysis holds other terms than today's queries make: it is rebuilt. */
    private boolean analysisIsCurrent() {
        try {
            return Files.exists(analysisMarker) && Files.readString(analysisMarker).strip().equals(SwedishAnalysis.VERSION);
        } catch (IOException e) {
            return false;
        }
    }

    private void rebuildNow() {
        if (!rebuilding.compareAndSet(false, true)) {
            return;
        }
        try {
            long started = System.nanoTime();
            index.rebuild(new AllDocuments());
            markAnalysis();
            LOG.info(() -> "Search index rebuilt: " + index.count() + " documents in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the search index failed; the old index is kept", e);
        } finally {
            rebuilding.set(false);
        }
    }

    /** Hears changes once they are committed, and applies them away from the person's request. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchChange change) {
        executor.submit(() -> apply(change));
    }

    private void apply(SearchChange change) {
        try {
            if (!change.removed() && change.ids().size() > 1) {
                indexSaved(change.kind(), change.ids());
                return;
            }
            for (Long id : change.ids()) {
                if (change.removed()) {
                    index.remove(change.kind(), id);
                } else {
                    documents.one(change.kind(), id).ifPresentOrElse(index::replace, () -> index.remove(change.kind(), id));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Updating the search index failed; a rebuild will set it right", e);
        }
    }

    /**
     * Many saved documents of one kind (an import's block of new ids): read in batches across their
     * id range, one index commit per batch; an id that is gone by now stays out of the index.
     */
    private void indexSaved(SearchKind kind, List<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        long last = Collections.max(ids);
        long after = Collections.min(ids) - 1;
        while (after < last) {
            List<SearchDocument> batch = documents.batchUpTo(kind, after, last, BATCH);
            if (batch.isEmpty()) {
                return;
            }
            index.replaceAll(batch.stream().filter(d -> wanted.contains(d.id())).toList());
            after = batch.get(batch.size() - 1).id();
        }
    }

    /** Every searchable thing, a batch at a time (each batch its own short transaction). */
    private final class AllDocuments implements Iterator<SearchDocument> {

        private final Iterator<SearchKind> kinds = List.of(SearchKind.values()).iterator();
        private SearchKind kind = kinds.next();
        private Iterator<SearchDocument> batch = List.<SearchDocument>of().iterator();
        private long lastId;
        private boolean kindDone;

        @Override
        public boolean hasNext() {
            while (!batch.hasNext()) {
                if (kindDone) {
                    if (!kinds.hasNext()) {
                        return false;
                    }
                    kind = kinds.next();
                    lastId = 0;
                    kindDone = false;
                }
                List<SearchDocument> next = documents.batch(kind, lastId, BATCH);
                kindDone = next.size() < BATCH;
                if (!next.isEmpty()) {
                    lastId = next.get(next.size() - 1).id();
                }
                batch = next.iterator();
            }
            return true;
        }

        @Override
        public SearchDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.next();
        }
    }
}

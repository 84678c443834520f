package org.cinplan.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainerTest {

    private static final Instant AT = Instant.parse("2026-04-01T08:00:00Z");
    private static final AuditKey KEY = AuditChainTest.KEY;

    @Test
    void waitingEntriesAreLinkedAfterTheLastOneInTheOrderGivenAndTheWholeChainChecksOut() {
        List<AuditEntryData> chain = AuditChainTest.chain(3);
        AuditEntryData last = chain.get(2);
        List<AuditEntry> waiting = List.of(StoredEntries.stored(205, AT, AuditChainTest.event(5)),
                StoredEntries.stored(207, AT, AuditChainTest.event(6)),
                StoredEntries.stored(206, AT.plusMillis(1), AuditChainTest.event(7)));

        List<AuditLink> links = AuditChainer.links(last.sequenceNo(), last.entryHash(), waiting, KEY);

        assertThat(links).extracting(AuditLink::sequenceNo).containsExactly(4L, 5L, 6L);
        assertThat(links.get(0).previousHash()).isEqualTo(last.entryHash());
        List<AuditEntryData> whole = new ArrayList<>(chain);
        for (int i = 0; i < links.size(); i++) {
            whole.add(waiting.get(i).data(links.get(i)));
        }
        ChainVerification check = AuditChain.verify(whole, KEY);
        assertThat(check.intact()).as(check.explanation()).isTrue();
        assertThat(check.lastHash()).isEqualTo(links.get(2).entryHash());
    }

    @Test
    void twoBatchesMakeTheSameChainAsOne() {
        List<AuditEntry> waiting = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            waiting.add(StoredEntries.stored(300 + i, AT.plusSeconds(i), AuditChainTest.event(i)));
        }
        List<AuditLink> inOne = AuditChainer.links(0, AuditChain.GENESIS_HASH, waiting, KEY);
        List<AuditLink> first = AuditChainer.links(0, AuditChain.GENESIS_HASH, waiting.subList(0, 4), KEY);
        AuditLink end = first.get(first.size() - 1);
        List<AuditLink> second = AuditChainer.links(end.sequenceNo(), end.entryHash(), waiting.subList(4, 6), KEY);

        assertThat(second.get(1).entryHash()).isEqualTo(inOne.get(5).entryHash());
    }

    @Test
    void nothingWaitingLinksNothing() {
        assertThat(AuditChainer.links(9, "a".repeat(64), List.of(), KEY)).isEmpty();
    }
}

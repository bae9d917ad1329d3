package org.activemm.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;

import org.activemm.lex.CLexer;
import org.activemm.lex.LexedFile;
import org.activemm.lex.Token;
import org.junit.jupiter.api.Test;

/**
 * Classifying a file's sites reads each token a bounded number of times:
 * asking the whole file, per site, whether its function sets both mms made a
 * file of 12,000 small functions take 82 s. Counting token reads keeps the
 * check independent of the machine's speed.
 */
class FileClassifierCostTest {
    @Test
    void tokenReadsGrowLinearlyWithTheNumberOfFunctions() {
        long small = tokenReads(1_000);
        long large = tokenReads(8_000);
        // eight times the file: about eight times the reads, where a walk per site gives 64 times
        assertTrue(large < 10 * small, small + " reads for 1,000 functions, " + large + " for 8,000");
    }

    /** Half the functions set both {@code t->mm} and {@code t->active_mm}: a kernel thread installing its mm. */
    private static long tokenReads(int functions) {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < functions; i++) {
            source.append("static void f").append(i).append("(struct task_struct *t, struct mm_struct *m)\n{\n")
                    .append(i % 2 == 0 ? "\tt->mm = m;\n" : "").append("\tt->active_mm = m;\n}\n");
        }
        LexedFile lexed = CLexer.lex(source.toString().getBytes(StandardCharsets.UTF_8));
        CountingTokens tokens = new CountingTokens(lexed.tokens());
        List<ClassifiedSite> sites = FileClassifier.c("kernel/many.c", new LexedFile(tokens, lexed.comments(), lexed.unmatchedConditionals()));
        assertEquals(functions, sites.size());
        assertEquals(functions / 2, sites.stream().filter(s -> s.purpose() == Purpose.KTHREAD_MM).count());
        return tokens.reads;
    }

    private static final class CountingTokens extends AbstractList<Token> {
        private final List<Token> tokens;
        private long reads;

        CountingTokens(List<Token> tokens) {
            this.tokens = tokens;
        }

        @Override
        public Token get(int index) {
            reads++;
            return tokens.get(index);
        }

        @Override
        public int size() {
            return tokens.size();
        }
    }
}

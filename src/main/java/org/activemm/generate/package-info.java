/**
 * Patch scaffolding: turns a scan ({@link org.activemm.sites.ScanResult}) and
 * the model's per-arch plans ({@link org.activemm.generate.ArchPlan}) into a
 * {@code git format-patch} series and per-arch checklists.
 *
 * <p>{@link org.activemm.generate.SeriesGenerator} plans the patches and
 * edits the tree's files in memory, by the line numbers of the findings;
 * only sites of the exact mechanical shape are edited, the rest become
 * {@link org.activemm.generate.HandWork} in the cover letter (one item per
 * site). The checklist written next to a series checks the sites and patches
 * the series does, with the patch, and leaves only the hand work open; the
 * checklist of a plain scan has every site open. Commit messages and the
 * cover letter are wrapped at 75 columns for checkpatch.pl. Every text
 * comes from a FreeMarker template ({@link org.activemm.generate.Templates});
 * the diffs are JGit's. {@link org.activemm.generate.OutputDirectory} writes
 * all files or none.
 *
 * <p>Errors: a plan or option the user must change (unknown or duplicate
 * arch, unsafe strategy without --unsafe-ok, refcount strategy, --out that
 * exists and is not empty without --force) is a
 * {@link org.activemm.UsageException} (exit 2); a tree or template that
 * cannot be used (upstream scheme on a tree without the lazy TLB helpers, a
 * tree that already has the option, a template error, a generated name that
 * would leave --out) is an {@link org.activemm.InputException} (exit 3).
 */
package org.activemm.generate;

import DossierEvents
import Foundation

extension EventLog {
    /// Verifies every frame, header, id, chain link, payload hash, signature and footer of
    /// every segment, and the index. Segments are checked in parallel.
    public func audit(progress: (@Sendable (Int, Int) -> Void)? = nil) -> AuditReport {
        var report = AuditReport()
        for author in authors {
            report.authors += 1
            let folder = store.logFolder + "/" + author
            var files: [(number: Int, path: String)] = []
            let names = (try? FS.list(folder)) ?? []
            var numbers = Set<Int>()
            for name in names {
                guard let (n, sealed) = SegmentName.parse(name) else { continue }
                // A sealed copy supersedes a leftover open file of the same number.
                if !sealed && names.contains(SegmentName.sealed(n)) { continue }
                files.append((n, folder + "/" + name))
                numbers.insert(n)
            }
            files.sort { $0.number < $1.number }
            let targets = files
            let results = ParallelResults<SegmentAuditor.Result>(count: files.count)
            DispatchQueue.concurrentPerform(iterations: targets.count) { i in
                results.set(i, SegmentAuditor.audit(author: author, path: targets[i].path, number: targets[i].number))
                progress?(i, targets.count)
            }
            var previous: SegmentAuditor.Result?
            for (i, result) in results.all.enumerated() {
                report.segments += 1
                report.events += result.events
                report.redacted += result.redacted
                report.commits += result.commits
                report.rawBytes += result.rawBytes
                report.issues += result.issues
                if i == 0 && files[i].number != 1 { report.issues.append(AuditIssue(file: files[i].path, problem: "segment 1 is missing")) }
                if let previous {
                    if files[i].number != previous.number + 1 {
                        report.issues.append(AuditIssue(file: files[i].path, problem: "segment \(previous.number + 1) is missing"))
                    } else if result.firstSeq != previous.lastSeq + 1 {
                        report.issues.append(AuditIssue(file: files[i].path, problem: "starts at seq \(result.firstSeq), previous segment ends at \(previous.lastSeq)"))
                    } else if let first = result.firstPrev, first != previous.lastId {
                        report.issues.append(AuditIssue(file: files[i].path, record: 1, seq: result.firstSeq, problem: "chain broken across segments: prev does not name the previous segment's last event"))
                    }
                } else if result.events > 0 && result.firstSeq == 1 && result.firstPrev != nil {
                    report.issues.append(AuditIssue(file: files[i].path, record: 1, seq: 1, problem: "seq 1 has a prev"))
                }
                previous = result
            }
            if report.ok, let index = try? LogIndex(path: store.indexFolder + "/" + author + ".idx"),
               let head = head(of: author), index.count != head.seq {
                report.warnings.append("index of \(AuthorID(author).short)… has \(index.count) entries for \(head.seq) events; it is rebuilt on the next write (or run `dossier reindex`)")
            }
        }
        for fork in (try? forks()) ?? [] {
            report.issues.append(AuditIssue(file: store.path + "/forks", seq: fork.seq,
                problem: "fork: author \(AuthorID(fork.author).short)… has two different events at seq \(fork.seq) (held \(EventID(fork.heldId).short)…, other \(EventID(fork.otherId).short)…); kept as evidence, not merged"))
        }
        return report
    }
}

import DossierEvents
import Foundation

extension EventLog {
    /// Verifies every frame, header, id, chain link, payload hash, signature and footer of
    /// every segment, and the index. Segments are checked in parallel. With `nowMillis`, events
    /// dated more than a day ahead of it are listed as warnings (clocks past 2^53 − 1 are problems).
    public func audit(nowMillis: Int? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil) -> AuditReport {
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
                results.set(
                    i,
                    SegmentAuditor.audit(
                        author: author, path: targets[i].path, number: targets[i].number, nowMillis: nowMillis))
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
                report.warnings += result.warnings
                if i == 0 && files[i].number != 1 {
                    report.issues.append(AuditIssue(file: files[i].path, problem: "segment 1 is missing"))
                }
                if let previous {
                    if files[i].number != previous.number + 1 {
                        report.issues.append(
                            AuditIssue(file: files[i].path, problem: "segment \(previous.number + 1) is missing"))
                    } else if result.firstSeq != previous.lastSeq + 1 {
                        report.issues.append(
                            AuditIssue(
                                file: files[i].path,
                                problem:
                                    "starts at seq \(result.firstSeq), previous segment ends at \(previous.lastSeq)"))
                    } else if let first = result.firstPrev, first != previous.lastId {
                        report.issues.append(
                            AuditIssue(
                                file: files[i].path, record: 1, seq: result.firstSeq,
                                problem:
                                    "chain broken across segments: prev does not name the previous segment's last event"
                            ))
                    }
                } else if result.events > 0 && result.firstSeq == 1 && result.firstPrev != nil {
                    report.issues.append(
                        AuditIssue(file: files[i].path, record: 1, seq: 1, problem: "seq 1 has a prev"))
                }
                previous = result
            }
            if report.ok, let index = try? LogIndex(path: store.indexFolder + "/" + author + ".idx"),
                let head = head(of: author), index.count != head.seq
            {
                report.warnings.append(
                    "index of \(AuthorID(author).short)… has \(index.count) entries for \(head.seq) events; it is rebuilt on the next write (or run `dossier reindex`)"
                )
            }
        }
        for fork in (try? forks()) ?? [] {
            report.issues.append(
                AuditIssue(
                    file: store.path + "/forks", seq: fork.seq,
                    problem:
                        "fork: author \(AuthorID(fork.author).short)… has two different events at seq \(fork.seq) (held \(EventID(fork.heldId).short)…, other \(EventID(fork.otherId).short)…); kept as evidence, not merged"
                ))
        }
        return report
    }
}

extension EventLog {
    /// Events whose clock is past the clock's range or more than a day ahead of `nowMillis`, in
    /// words (author, seq, id, how far ahead). This replica's clock ignores them, so writes go on.
    public func clockAnomalies(nowMillis: Int) throws -> [String] {
        var found: [String] = []
        try forEachEvent { event in
            let hlc = event.header.hlc
            let ahead = HybridLogicalClock.aheadMillis(hlc, nowMillis: nowMillis)
            guard hlc > HybridLogicalClock.maxValue || ahead > HybridLogicalClock.maxAheadMillis else { return }
            let when =
                hlc > HybridLogicalClock.maxValue
                ? "an absurd clock (\(hlc), past 2^53 − 1)" : "a clock \(ahead / 3_600_000) h ahead of this machine"
            found.append(
                "event \(EventID(event.id).short)… (author \(AuthorID(event.header.author).short)…, seq \(event.header.seq)) carries \(when); this replica's clock ignores it, writes continue"
            )
        }
        return found
    }
}

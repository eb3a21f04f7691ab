import DossierEvents
import DossierExtraction
import Testing

@Suite struct DecodingTests {
    let preparer = ArticlePreparer()

    @Test func emptyFileIsAPreciseError() {
        #expect(
            throws: ExtractionError(
                code: .empty,
                message:
                    "a.txt: the file is empty; nothing to extract. Check the path or remove the file from the batch.")
        ) {
            try preparer.prepare(bytes: [], sourceName: "a.txt")
        }
    }

    @Test func binaryFileNamesTheOffset() {
        #expect(
            throws: ExtractionError(
                code: .binary,
                message:
                    "b.bin: looks like a binary file (control byte at byte offset 3); only text, HTML, Markdown and JSON Lines can be extracted."
            )
        ) {
            try preparer.prepare(bytes: [0x50, 0x4B, 0x03, 0x00, 0x14], sourceName: "b.bin")
        }
    }

    @Test func damagedUTF8NamesTheOffset() {
        let bytes = Array("Le général à Kaboul ".utf8) + [0xC3, 0x28] + Array(" fin.".utf8)
        #expect(
            throws: ExtractionError(
                code: .invalidEncoding, message: "c.txt: invalid UTF-8 at byte offset 23; re-save the file as UTF-8.")
        ) {
            try preparer.prepare(bytes: bytes, sourceName: "c.txt")
        }
    }

    @Test func latin1FallsBackToWindows1252() throws {
        let bytes: [UInt8] =
            Array("Le g".utf8) + [0xE9] + Array("n".utf8) + [0xE9] + Array("ral a parl".utf8) + [
                0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94,
            ]
        let article = try #require(try preparer.prepare(bytes: bytes, sourceName: "l.txt").first)
        #expect(article.body == "Le général a parlé “ok”")
        #expect(article.encoding == .windows1252 && article.encodingFallback)
    }

    @Test func utf16WithBOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "L’OTAN à Kaboul.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let article = try #require(try preparer.prepare(bytes: bytes, sourceName: "u.txt").first)
        #expect(article.body == "L’OTAN à Kaboul.")
        #expect(article.encoding == .utf16LE)
    }

    @Test func htmlWithoutText() {
        #expect(
            throws: ExtractionError(
                code: .noText,
                message:
                    "h.html: no article text found in this html input (only markup, furniture or whitespace); check that the file holds an article."
            )
        ) {
            try preparer.prepare(
                bytes: Array(
                    "<html><head><script>var a = 1;</script></head><body><nav>Home</nav><img src=x></body></html>".utf8),
                sourceName: "h.html")
        }
    }

    @Test func htmlToText() throws {
        let html =
            "<html><head><title>T</title><style>p{}</style></head><body><nav><a>Accueil</a></nav><h1>Le retrait</h1><p>Le général Mark Milley &amp; l&#8217;OTAN ont parlé à Kaboul.</p><script>x()</script></body></html>"
        let article = try #require(try preparer.prepare(bytes: Array(html.utf8), sourceName: "p.html").first)
        #expect(article.body == "Le retrait\n\nLe général Mark Milley & l’OTAN ont parlé à Kaboul.")
        #expect(article.title == "Le retrait")
        #expect(article.format == "html")
    }

    @Test func jsonLinesGiveSeveralArticles() throws {
        let jsonl = """
            {"title": "Un", "text": "Le président Joe Biden a parlé à Kaboul le 3 mai 2021.", "url": "https://e.x/1", "date": "2021-05-04", "lang": "fr"}
            {"title": "Two", "body": "President Joe Biden spoke in Kabul on May 3.", "date": "2021-05-04"}
            """
        let articles = try preparer.prepare(bytes: Array(jsonl.utf8), sourceName: "feed.jsonl")
        #expect(articles.count == 2)
        #expect(
            articles[0].title == "Un" && articles[0].published == "2021-05-04" && articles[0].url == "https://e.x/1")
        #expect(articles[1].language == "en")
        #expect(articles[1].body.hasPrefix("Two\n\n"))
    }

    @Test func malformedJSONLineNamesLineAndOffset() {
        let jsonl = "{\"text\": \"Bonjour le monde et la paix.\"}\n{not json}\n"
        #expect(
            throws: ExtractionError(
                code: .malformedRecord,
                message:
                    "f.jsonl: JSON Lines record on line 2 (byte offset 41) is not a JSON object; fix or remove that line."
            )
        ) {
            try preparer.prepare(bytes: Array(jsonl.utf8), sourceName: "f.jsonl")
        }
    }

    @Test func markdown() throws {
        let md = "# Le titre\n\nLe **général** [Mark Milley](https://x) a parlé à Kaboul.\n\n![img](a.png)\n"
        let article = try #require(try preparer.prepare(bytes: Array(md.utf8), sourceName: "a.md").first)
        #expect(article.title == "Le titre")
        #expect(article.body == "Le titre\n\nLe général Mark Milley a parlé à Kaboul.")
    }

    @Test func unsupportedLanguageIsUnd() throws {
        let article = try #require(
            try preparer.prepare(bytes: Array("Это статья о мире и войне в регионе.".utf8), sourceName: "r.txt").first)
        #expect(article.language == "und")
    }
}

/// Bad input beyond the basics: BOM-less UTF-16, truncated UTF-16, whitespace, other scripts and languages.
@Suite struct BadInputTests {
    let preparer = ArticlePreparer()

    @Test(arguments: [true, false]) func utf16WithoutBOM(littleEndian: Bool) throws {
        var bytes: [UInt8] = []
        for unit in "Le général a parlé à Kaboul.".utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let article = try #require(try preparer.prepare(bytes: bytes, sourceName: "u.txt").first)
        #expect(article.body == "Le général a parlé à Kaboul.")
        #expect(article.encoding == (littleEndian ? .utf16LE : .utf16BE))
    }

    @Test func truncatedUTF16WithoutBOMIsAnEncodingError() {
        var bytes: [UInt8] = []
        for unit in "Le général a parlé.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        bytes.append(0x41)
        #expect(
            throws: ExtractionError(
                code: .invalidEncoding, message: "t.txt: invalid UTF-16LE at byte offset 38; re-save the file as UTF-8."
            )
        ) {
            try preparer.prepare(bytes: bytes, sourceName: "t.txt")
        }
    }

    @Test func utf16WithoutBOMInAnotherScriptDoesNotCrash() throws {
        var bytes: [UInt8] = []
        for unit in "北京今天举行会议，讨论经济问题。".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        do {
            let articles = try preparer.prepare(bytes: bytes, sourceName: "zh.txt")
            for a in articles { _ = Extractor().extract(a, articleId: "zh") }
        } catch { #expect(!error.message.isEmpty) }
    }

    @Test func whitespaceOnlyIsNoText() {
        #expect(
            throws: ExtractionError(
                code: .noText,
                message:
                    "w.txt: no article text found in this text input (only markup, furniture or whitespace); check that the file holds an article."
            )
        ) {
            try preparer.prepare(bytes: Array(" \n\t\n  \n".utf8), sourceName: "w.txt")
        }
    }

    @Test(arguments: [
        "Habari za asubuhi. Rais amesema kwamba serikali itajenga barabara mpya mwaka huu na wananchi wamefurahi sana.",
        "Bugün Ankara'da yapılan toplantıda bakanlar ekonomi ve enerji konularını görüştü ve yeni bir anlaşma imzaladı.",
        "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία και την ενέργεια στην Αθήνα.",
    ])
    func unsupportedLanguagesAreUnd(text: String) throws {
        let article = try #require(try preparer.prepare(bytes: Array(text.utf8), sourceName: "x.txt").first)
        #expect(article.language == "und")
        _ = Extractor().extract(article, articleId: "x")
    }

    @Test func htmlWithOnlyFurnitureIsNoText() {
        let html =
            "<html><body><nav><a href=/>Home</a></nav><div class=cookie>We use cookies. Accept all cookies</div><footer>© 2024</footer></body></html>"
        #expect(
            throws: ExtractionError(
                code: .noText,
                message:
                    "f.html: no article text found in this html input (only markup, furniture or whitespace); check that the file holds an article."
            )
        ) {
            try preparer.prepare(bytes: Array(html.utf8), sourceName: "f.html")
        }
    }
}

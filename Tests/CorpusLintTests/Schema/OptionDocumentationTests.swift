import Testing
@testable import CorpusLint

/// Option descriptions come from the kinds' pages: a bullet's text, else the options block's comment.
@Suite struct OptionDocumentationTests {
    static let page = """
        # `kind: sample` — a sample kind

        Checks a sample
        over two lines.

        ## Options

        ```yaml
        first: REGEX      # the first option
        second: 3         # the second option
        third: true
        ```

        - **`first`, `fourth`**: what the bullet says
          of both, over two lines.
        - **`second`** (arabic only): kept whole, names and all.
        - **Line filters** (`in-zone`): no option named in bold.

        ## Outcome

        - **`found`**: not an option.
        """

    @Test func bulletsWinOverCommentsAndBothAreRead() {
        let documentation = OptionDocumentation(page: Self.page)
        #expect(documentation.title == "a sample kind")
        #expect(documentation.summary == "Checks a sample over two lines.")
        #expect(documentation.options["first"] == "what the bullet says of both, over two lines.")
        #expect(documentation.options["fourth"] == "what the bullet says of both, over two lines.")
        #expect(documentation.options["second"] == "`second` (arabic only): kept whole, names and all.")
        #expect(documentation.options["third"] == nil, "no comment, no bullet: no description")
        #expect(documentation.options["found"] == nil, "only the Options section is read")
        #expect(documentation.options["in-zone"] == nil)
    }
}

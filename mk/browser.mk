# mk/browser.mk — the HTML report in headless Chromium (tests/browser/).
#   make test-browser   report of tests/fixtures/dot/{small,hostile}.tsv,
#                       screenshot (not blank), DOM (picture, tables, no
#                       injected markup), and the page script (sorting,
#                       highlighting, tooltips), and a 172-actor picture
#                       (tests/browser/probe_zoom.js: names, zoom, pan,
#                       hover, search, actual size); skips without Chromium
#                       (sh scripts/setup.sh browser installs it)
BROWSER_OUT ?= out/browser

.PHONY: test-browser

# A driver for when `dipnet report --format html` is not wired.
$(BUILD)/tests/browser/mkreport: tests/browser/mkreport.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIBOBJS) $(LDFLAGS) $(PKG_LIBS)

test-browser: $(BIN) $(BUILD)/tests/browser/mkreport
	sh tests/browser/check.sh ./$(BIN) $(BUILD)/tests/browser/mkreport $(BROWSER_OUT)

# mk/extract.mk: targets of the extractor (owned by the extract helper).

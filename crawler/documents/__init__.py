"""Document stage: Thai text from PDF (text layer, OCR fallback), DOCX and XLSX, read in a worker process."""

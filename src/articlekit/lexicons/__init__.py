"""Language data kept as text files, one folder a language: chrome phrases, speech verbs..."""

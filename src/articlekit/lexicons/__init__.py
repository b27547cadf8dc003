"""Language data (chrome phrases, speech verbs, agencies...) kept as text files, one folder a language."""

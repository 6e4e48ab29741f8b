-- ID numbers are now masked to their city prefix and check character (3715*************X):
-- the old form (3715**********123X) showed the sequence digits, and beside the birth year the
-- whole number followed in a few dozen guesses. The stored display forms are rewritten from
-- themselves; the ciphertext is not needed, and both keep their length of 18.
UPDATE persons SET id_number_masked = left(id_number_masked, 4) || repeat('*', length(id_number_masked) - 5) || right(id_number_masked, 1)
WHERE length(id_number_masked) > 8;
UPDATE declarations SET id_number_masked = left(id_number_masked, 4) || repeat('*', length(id_number_masked) - 5) || right(id_number_masked, 1)
WHERE length(id_number_masked) > 8;

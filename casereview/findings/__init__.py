"""What the review concludes: conclusions, the evidence they rest on, themes and
the verbeterafspraken that follow."""

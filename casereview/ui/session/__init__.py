"""The meeting views: agenda and phases, capture bar and contributions, the rules,
the preparation questions and the projector window."""

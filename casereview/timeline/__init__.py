"""The case timeline: events, partial dates and the chart drawn from them."""

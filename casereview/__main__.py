from casereview.cli import main

raise SystemExit(main())

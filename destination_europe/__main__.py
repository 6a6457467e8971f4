from destination_europe.cli import main

raise SystemExit(main())

from mldojo.cli.entry import main

main()

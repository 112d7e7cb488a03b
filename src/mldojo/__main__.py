from mldojo.cli.main import main

main()

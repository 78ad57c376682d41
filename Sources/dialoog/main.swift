import DialoogApp

DialoogCommand.main()

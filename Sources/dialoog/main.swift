import DialoogApp

AppZone.apply()
DialoogCommand.main()

@echo off
rem Runs the duly command line on Windows, as ./duly does elsewhere. On first use (no jar yet) it builds
rem the executable jar through the Maven wrapper, quietly, so a new user needs nothing but a JDK 17.
rem After changing the sources, build again: mvnw.cmd -q -pl cli -am package -Dmaven.test.skip=true
setlocal
set "DULY_HOME=%~dp0"
set "DULY_JAR=%DULY_HOME%cli\target\duly.jar"
if not exist "%DULY_JAR%" (
  echo duly: building the command line ^(first run^)... 1>&2
  call "%DULY_HOME%mvnw.cmd" -q -B -f "%DULY_HOME%pom.xml" -pl cli -am package -Dmaven.test.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
  if errorlevel 1 (
    echo duly: the build failed; see the messages above 1>&2
    exit /b 3
  )
)
if defined JAVA_HOME (set "DULY_JAVA=%JAVA_HOME%\bin\java.exe") else (set "DULY_JAVA=java")
rem The throughput collector, its young generation capped, as ./duly uses; DULY_JAVA_OPTS replaces these options.
if not defined DULY_JAVA_OPTS set "DULY_JAVA_OPTS=-XX:+UseParallelGC -XX:MaxNewSize=256m"
"%DULY_JAVA%" %DULY_JAVA_OPTS% -jar "%DULY_JAR%" %*
exit /b %ERRORLEVEL%

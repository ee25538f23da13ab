# escape=`

FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]
ENV JAVA_HOME="C:\openjdk-21"
ENV APP_HOME="C:\app"
RUN $newPath = ('{0}\bin;{1}' -f $env:JAVA_HOME, $env:PATH); `
    Write-Host ('Updating PATH: {0}' -f $newPath); `
    setx /M PATH $newPath; `
    Write-Host 'Complete.'
# Download and verify the JDK.
RUN $url = 'https://download.java.net/java/GA/jdk21/openjdk-21_windows-x64_bin.zip'; `
    Write-Host ('Downloading {0} ...' -f $url); `
    [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; `
    Invoke-WebRequest -Uri $url -OutFile 'openjdk.zip'; `
    Expand-Archive openjdk.zip -DestinationPath C:\; `
    Move-Item -Path C:\jdk-21 -Destination $env:JAVA_HOME; `
    Remove-Item openjdk.zip -Force
WORKDIR C:\app
COPY target\app.jar C:\app\app.jar
COPY config\ C:\app\config\
VOLUME ["C:\\app\\logs"]
EXPOSE 8080
USER ContainerUser
CMD ["java", "-jar", "C:\\app\\app.jar"]
